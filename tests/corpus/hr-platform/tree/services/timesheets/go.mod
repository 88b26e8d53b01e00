module github.com/brindlewood/people/services/timesheets

go 1.22

require (
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.14.0
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.7.0
	github.com/anthropics/anthropic-sdk-go v1.19.0
)
