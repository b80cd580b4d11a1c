metadata description = 'Storage for the Functions host, Durable task hub, sync state, Power BI exports and app package.'

@description('Azure region for the resources.')
param location string

@description('Name of the storage account (3 to 24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param storageAccountName string

@description('Blob container the Flex Consumption plan deploys the app package to.')
param deploymentContainerName string

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    // Every caller, the Functions host included, signs in with Entra ID: account keys cannot be used at all.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource exportsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  // The Power BI report reads the nightly Parquet and CSV exports from this container.
  name: 'exports'
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

@description('Name of the storage account.')
output name string = storage.name

@description('Blob service endpoint, ending with a slash.')
output blobServiceUri string = storage.properties.primaryEndpoints.blob

@description('Queue service endpoint, ending with a slash.')
output queueServiceUri string = storage.properties.primaryEndpoints.queue

@description('Table service endpoint, ending with a slash.')
output tableServiceUri string = storage.properties.primaryEndpoints.table

@description('Name of the exports container.')
output exportsContainerName string = exportsContainer.name

@description('URL of the deployment container.')
output deploymentContainerUri string = '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
