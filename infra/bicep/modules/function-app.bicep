// The platform as a Flex Consumption function app: the custom handler that scripts/package builds (runtime
// `custom`, a self-contained linux-x64 executable; docs/decisions/hosting.md), deployed from a blob container that
// the host reads with the app's identity, and configured entirely through the app settings below.
param planName string
param name string
param location string
param tags object
param identityName string
param dataStorageName string
param hostStorageName string
param deploymentContainer string
param keyVaultName string
param appInsightsName string
param workspaceId string
param tablePrefix string
param instanceMemoryMB int
param maximumInstanceCount int
param entraAudience string
param corsAllowedOrigin string

// The names of the secrets in the vault (scripts/keys writes them).
var secretNames = {
  receiptSigningKey: 'receipt-signing-key'
  financeIdentifierHashKey: 'finance-identifier-hash-key'
  medicalIdentifierHashKey: 'medical-identifier-hash-key'
  transportIdentifierHashKey: 'transport-identifier-hash-key'
  consentSubjectHashKey: 'consent-subject-hash-key'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageName
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: hostStorageName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  // azd finds the service's target by this tag (azure.yaml: service `api`).
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in the app settings are resolved with the app's identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

// Every setting the app and its host read in Azure. tests/DataZones.Infra.Tests checks that each setting the app
// requires in Production ([RequiredInProduction] on its options) is here, and that secrets are Key Vault references.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The Functions host's own storage, through the app's identity.
    AzureWebJobsStorage__accountName: hostStorage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    // The platform's data (StorageOptions), through the same identity. The Jobs function's queue trigger reads the
    // same account through its connection `Storage`: the host reads Storage__queueServiceUri, __credential, __clientId.
    Storage__TableServiceUri: dataStorage.properties.primaryEndpoints.table
    Storage__BlobServiceUri: dataStorage.properties.primaryEndpoints.blob
    Storage__QueueServiceUri: dataStorage.properties.primaryEndpoints.queue
    Storage__ManagedIdentityClientId: identity.properties.clientId
    Storage__credential: 'managedidentity'
    Storage__clientId: identity.properties.clientId
    Persistence__TablePrefix: tablePrefix
    // The queue the Jobs function's trigger reads: {Persistence:TablePrefix}-jobs, as the app writes it.
    DATAZONES_JOB_QUEUE: '${tablePrefix}-jobs'
    // Secrets: references to the vault, resolved by the platform with the app's identity; the values are never here.
    Receipts__SigningKeyPem: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.receiptSigningKey})'
    Finance__IdentifierHashKey: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.financeIdentifierHashKey})'
    Medical__IdentifierHashKey: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.medicalIdentifierHashKey})'
    Transport__IdentifierHashKey: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.transportIdentifierHashKey})'
    Consent__SubjectHashKey: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.consentSubjectHashKey})'
    // Telemetry of the host and of the app, ingested with Entra ID (the resource accepts nothing else).
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    // Entra ID tokens of this tenant for the API's app registration (docs/deploy.md); empty audience: keys only.
    EntraId__TenantId: tenant().tenantId
    EntraId__Audience: entraAudience
    // One origin browsers may call from (or *); empty, as the app reads it: none.
    Cors__AllowedOrigins__0: corsAllowedOrigin
  }
}

// Deployment goes through the container with Entra ID; publishing with a user name and password is off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-workspace'
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'FunctionAppLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
