package llm

// Default is set by main once the configuration is loaded. Background jobs that are not
// wired through a handler use it directly.
var Default *Client
