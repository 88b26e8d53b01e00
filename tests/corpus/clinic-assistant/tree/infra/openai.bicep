// Azure OpenAI account used for embeddings and the GPT-4o fallback.
// We hold a modified abuse monitoring approval for this subscription, so this
// Azure OpenAI deployment does not store prompts or completions.
param location string = 'eastus2'
param accountName string = 'harborview-oai'

resource aoai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: accountName
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: accountName
    publicNetworkAccess: 'Disabled'
  }
}

// The Claude deployment lives in infra/main.tf, not here. The approval above
// does not extend to it: Claude is sold and operated by Anthropic, whose DPA
// governs retention (roughly 30 days by default).
resource embeddings 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: aoai
  name: 'text-embedding-3-large'
  sku: {
    name: 'Standard'
    capacity: 120
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: 'text-embedding-3-large'
      version: '1'
    }
  }
}
