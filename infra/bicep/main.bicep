// The DataZones platform in one resource group: a Flex Consumption function app running the custom handler that
// scripts/package builds, the storage it keeps the platform's data in and the storage the Functions host uses, Key
// Vault for the platform's keys, and Application Insights on a Log Analytics workspace. Everything is reached with
// one user-assigned managed identity; no account key, connection secret or key value is in this template, its
// parameters or its outputs. docs/deploy.md is the operator's guide.
targetScope = 'subscription'

@minLength(2)
@maxLength(40)
@description('Name of the environment (azd: AZURE_ENV_NAME); every resource name is derived from it and a unique suffix.')
param environmentName string

@minLength(1)
@description('Region of every resource. It must offer the Flex Consumption plan.')
param location string

@description('Prefix of every table, container and queue the app creates (Persistence:TablePrefix): lower-case letters and digits, starting with a letter.')
@minLength(2)
@maxLength(12)
param tablePrefix string = 'dz'

@description('Memory of each instance in MB; Flex Consumption bills by GB-seconds of it.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('The most instances the app scales out to: an upper bound on cost and on load placed on storage.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Audience of Entra ID tokens the API accepts (EntraId:Audience): the client id of the API\'s app registration. Empty: API keys only.')
param entraAudience string = ''

@description('An origin browsers may call the API from (Cors:AllowedOrigins), e.g. https://viewer.example.org, or *. Empty: no cross-origin access.')
param corsAllowedOrigin string = ''

@description('Redundancy of the platform\'s data account.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param dataStorageSku string = 'Standard_ZRS'

@description('Days Log Analytics keeps logs and traces.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var suffix = take(uniqueString(subscription().id, environmentName, location), 8)
var compactName = toLower(replace(environmentName, '-', ''))
var tags = {
  'azd-env-name': environmentName
  application: 'datazones'
}
var names = {
  resourceGroup: 'rg-${environmentName}'
  identity: 'id-${environmentName}-${suffix}'
  workspace: 'log-${environmentName}-${suffix}'
  appInsights: 'appi-${environmentName}-${suffix}'
  keyVault: 'kv${take(compactName, 14)}${suffix}'
  dataStorage: 'st${take(compactName, 12)}d${suffix}'
  hostStorage: 'st${take(compactName, 12)}h${suffix}'
  plan: 'plan-${environmentName}-${suffix}'
  functionApp: 'func-${environmentName}-${suffix}'
}

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionDays: logRetentionDays
  }
}

module dataStorage 'modules/storage-account.bicep' = {
  scope: resourceGroup
  params: {
    name: names.dataStorage
    location: location
    tags: tags
    sku: dataStorageSku
    workspaceId: monitoring.outputs.workspaceId
    containers: []
  }
}

module hostStorage 'modules/storage-account.bicep' = {
  scope: resourceGroup
  params: {
    name: names.hostStorage
    location: location
    tags: tags
    sku: 'Standard_LRS'
    workspaceId: monitoring.outputs.workspaceId
    containers: [deploymentContainer]
  }
}

// The container Flex Consumption deploys the package from (azd and `az functionapp deployment source config-zip`
// upload scripts/package's zip there).
var deploymentContainer = 'app-package'

module keyVault 'modules/key-vault.bicep' = {
  scope: resourceGroup
  params: {
    name: names.keyVault
    location: location
    tags: tags
    workspaceId: monitoring.outputs.workspaceId
  }
}

// Every role the app's identity holds, on the single resource it needs it for (docs/decisions/deployment-roles.md).
module access 'modules/access.bicep' = {
  scope: resourceGroup
  params: {
    identityName: names.identity
    dataStorageName: names.dataStorage
    hostStorageName: names.hostStorage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  // Names are known before the resources exist (What-If can predict them); the order is stated instead.
  dependsOn: [identity, dataStorage, hostStorage, keyVault, monitoring]
}

module functionApp 'modules/function-app.bicep' = {
  scope: resourceGroup
  params: {
    planName: names.plan
    name: names.functionApp
    location: location
    tags: tags
    identityName: names.identity
    dataStorageName: names.dataStorage
    hostStorageName: names.hostStorage
    deploymentContainer: deploymentContainer
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
    workspaceId: monitoring.outputs.workspaceId
    tablePrefix: tablePrefix
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    entraAudience: entraAudience
    corsAllowedOrigin: corsAllowedOrigin
  }
  // The app starts only once it can read its keys and reach its storage: grant first.
  dependsOn: [access, identity, dataStorage, hostStorage, keyVault]
}

@description('The API\'s base address: the routes of docs/consumer-guide.md and docs/operator-guide.md hang off it.')
output API_URL string = functionApp.outputs.url
@description('The OpenAPI document of the deployed API.')
output OPENAPI_URL string = '${functionApp.outputs.url}/openapi/v1.json'
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
@description('The vault the platform\'s keys go into (scripts/keys).')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_DATA_STORAGE_ACCOUNT string = dataStorage.outputs.name
output AZURE_APP_IDENTITY_CLIENT_ID string = identity.outputs.clientId
