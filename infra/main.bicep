metadata description = 'Inventory.Functions: the Function App and the Azure resources it reaches with its identity.'

targetScope = 'resourceGroup'

@description('Short lower-case prefix of the resource names; a suffix unique to the resource group follows it.')
@minLength(2)
@maxLength(6)
param namePrefix string = 'inv'

@description('Azure region for every resource; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('FlexConsumption keeps always-ready http instances; ElasticPremium runs EP1 with minimum instances.')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('Instances that never scale in. The hosted Service Bus consumer runs on them, so at least one.')
@minValue(1)
@maxValue(20)
param alwaysReadyInstanceCount int = 1

@description('Cosmos DB capacity: Serverless bills per request; Autoscale provisions shared database throughput.')
@allowed([
  'Serverless'
  'Autoscale'
])
param cosmosCapacityMode string = 'Serverless'

@description('Highest RU/s the shared database throughput scales to when cosmosCapacityMode is Autoscale.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('How long Service Bus remembers a channel dedupe key (ISO 8601 duration).')
param serviceBusDuplicateDetectionWindow string = 'PT1H'

@description('NCRONTAB schedule (six fields, UTC) of the nightly reorder and KPI reports.')
param planningReportSchedule string = '0 0 2 * * *'

@description('NCRONTAB schedule (six fields, UTC) of the reconciliation that compares channel quantities with targets.')
param reconciliationSchedule string = '0 */15 * * * *'

@description('Object id of a developer who runs the app locally against these resources; empty grants nobody.')
param developerPrincipalId string = ''

var suffix = uniqueString(resourceGroup().id, namePrefix)
var compactPrefix = toLower(replace(namePrefix, '-', ''))
var tags = {
  application: 'inventory-functions'
  'inventory-name-prefix': namePrefix
}

// Names are worked out here rather than read from module outputs, so that what-if can predict the role
// assignments, whose scopes are these names.
var names = {
  storageAccount: take('${compactPrefix}st${suffix}', 24)
  deploymentContainer: 'app-package'
  workspace: '${namePrefix}-log-${suffix}'
  appInsights: '${namePrefix}-appi-${suffix}'
  cosmosAccount: '${namePrefix}-cosmos-${suffix}'
  cosmosDatabase: 'inventory'
  serviceBusNamespace: '${namePrefix}-sb-${suffix}'
  queue: 'inventory-events'
  keyVault: '${namePrefix}-kv-${suffix}'
  plan: '${namePrefix}-plan-${suffix}'
  functionApp: '${namePrefix}-func-${suffix}'
}
var isFlex = hostingPlan == 'FlexConsumption'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: names.storageAccount
    deploymentContainerName: names.deploymentContainer
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    location: location
    accountName: names.cosmosAccount
    databaseName: names.cosmosDatabase
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    tags: tags
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'serviceBus'
  params: {
    location: location
    namespaceName: names.serviceBusNamespace
    queueName: names.queue
    duplicateDetectionWindow: serviceBusDuplicateDetectionWindow
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: names.keyVault
    tags: tags
  }
}

// Every connection is identity-based: the settings carry addresses, never keys. Channel secrets stay in Key Vault
// and the platform resolves each reference with the app's identity; fill them in with `az keyvault secret set`.
var appSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storage.outputs.name
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.appInsightsConnectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'Authorization=AAD'
  }
  {
    name: 'Cosmos__AccountEndpoint'
    value: cosmos.outputs.endpoint
  }
  {
    name: 'Cosmos__DatabaseName'
    value: cosmos.outputs.databaseName
  }
  {
    name: 'ServiceBus__FullyQualifiedNamespace'
    value: serviceBus.outputs.fullyQualifiedNamespace
  }
  {
    name: 'ServiceBus__QueueName'
    value: serviceBus.outputs.queueName
  }
  {
    name: 'Storage__TableServiceUri'
    value: storage.outputs.tableServiceUri
  }
  {
    name: 'Storage__BlobServiceUri'
    value: storage.outputs.blobServiceUri
  }
  {
    name: 'Planning__ReportSchedule'
    value: planningReportSchedule
  }
  {
    name: 'Reconciliation__Schedule'
    value: reconciliationSchedule
  }
  {
    name: 'Channels__Shopify__WebhookSecret'
    value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=shopify-webhook-secret)'
  }
  {
    name: 'Channels__Shopify__PreviousWebhookSecret'
    value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=shopify-previous-webhook-secret)'
  }
  {
    name: 'Channels__Amazon__SharedSecret'
    value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=amazon-shared-secret)'
  }
  {
    name: 'Channels__Walmart__ClientSecret'
    value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=walmart-client-secret)'
  }
  {
    name: 'Channels__Ebay__VerificationToken'
    value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=ebay-verification-token)'
  }
  {
    name: 'Channels__Tiktok__AppSecret'
    value: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=tiktok-app-secret)'
  }
]

module flexApp 'modules/function-app-flex.bicep' = if (isFlex) {
  name: 'functionAppFlex'
  params: {
    location: location
    planName: names.plan
    appName: names.functionApp
    deploymentContainerUri: storage.outputs.deploymentContainerUri
    alwaysReadyInstanceCount: alwaysReadyInstanceCount
    appSettings: appSettings
    tags: tags
  }
}

module premiumApp 'modules/function-app-premium.bicep' = if (!isFlex) {
  name: 'functionAppPremium'
  params: {
    location: location
    planName: names.plan
    appName: names.functionApp
    minimumElasticInstanceCount: alwaysReadyInstanceCount
    appSettings: appSettings
    tags: tags
  }
}

var appPrincipalId = isFlex ? flexApp!.outputs.principalId : premiumApp!.outputs.principalId

module appAccess 'modules/access.bicep' = {
  name: 'appAccess'
  params: {
    principalId: appPrincipalId
    assigneeKey: resourceId('Microsoft.Web/sites', names.functionApp)
    principalType: 'ServicePrincipal'
    canWriteSecrets: false
    storageAccountName: names.storageAccount
    serviceBusNamespaceName: names.serviceBusNamespace
    queueName: names.queue
    cosmosAccountName: names.cosmosAccount
    cosmosDatabaseName: names.cosmosDatabase
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
}

module developerAccess 'modules/access.bicep' = if (!empty(developerPrincipalId)) {
  name: 'developerAccess'
  params: {
    principalId: developerPrincipalId
    assigneeKey: developerPrincipalId
    principalType: 'User'
    canWriteSecrets: true
    storageAccountName: names.storageAccount
    serviceBusNamespaceName: names.serviceBusNamespace
    queueName: names.queue
    cosmosAccountName: names.cosmosAccount
    cosmosDatabaseName: names.cosmosDatabase
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  dependsOn: [
    storage
    serviceBus
    cosmos
    keyVault
    monitoring
  ]
}

@description('Document endpoint of the Cosmos DB account (Cosmos__AccountEndpoint).')
output COSMOS_ACCOUNT_ENDPOINT string = cosmos.outputs.endpoint

@description('Cosmos DB database name (Cosmos__DatabaseName).')
output COSMOS_DATABASE_NAME string = cosmos.outputs.databaseName

@description('Service Bus namespace host name (ServiceBus__FullyQualifiedNamespace).')
output SERVICEBUS_FULLY_QUALIFIED_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace

@description('Inventory events queue name (ServiceBus__QueueName).')
output SERVICEBUS_QUEUE_NAME string = serviceBus.outputs.queueName

@description('Blob service endpoint (Storage__BlobServiceUri).')
output STORAGE_BLOB_SERVICE_URI string = storage.outputs.blobServiceUri

@description('Table service endpoint (Storage__TableServiceUri).')
output STORAGE_TABLE_SERVICE_URI string = storage.outputs.tableServiceUri

@description('Name of the storage account.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('URI of the Key Vault that holds the channel secrets.')
output KEY_VAULT_URI string = keyVault.outputs.uri

@description('Name of the Key Vault, for az keyvault secret set --vault-name.')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('Name of the Function App.')
output FUNCTION_APP_NAME string = isFlex ? flexApp!.outputs.name : premiumApp!.outputs.name

@description('Default host name of the Function App.')
output FUNCTION_APP_HOST_NAME string = isFlex ? flexApp!.outputs.defaultHostName : premiumApp!.outputs.defaultHostName
