metadata description = 'Data-plane role assignments for one principal, each scoped to the single resource it needs.'

@description('Object id of the principal that gets the roles.')
param principalId string

@description('Stable text naming the principal in assignment names; known before deployment, unlike an identity\'s id.')
param assigneeKey string

@description('ServicePrincipal for the app\'s managed identity, User for a developer running the app locally.')
@allowed([
  'ServicePrincipal'
  'User'
])
param principalType string = 'ServicePrincipal'

@description('Whether the principal may write Key Vault secrets (a developer filling them in); the app only reads.')
param canWriteSecrets bool = false

@description('Name of the storage account.')
param storageAccountName string

@description('Name of the Service Bus namespace.')
param serviceBusNamespaceName string

@description('Name of the inventory events queue.')
param queueName string

@description('Name of the Cosmos DB account.')
param cosmosAccountName string

@description('Name of the Cosmos DB SQL database.')
param cosmosDatabaseName string

@description('Name of the Key Vault.')
param keyVaultName string

@description('Name of the Application Insights component.')
param appInsightsName string

// Role definition ids below are Azure built-in roles; they are the same in every tenant.

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusNamespaceName

  resource queue 'queues' existing = {
    name: queueName
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {
  name: cosmosAccountName

  resource database 'sqlDatabases' existing = {
    name: cosmosDatabaseName
  }

  // Cosmos DB Built-in Data Contributor: read and write items, no control-plane rights.
  resource dataContributor 'sqlRoleDefinitions' existing = {
    name: '00000000-0000-0000-0000-000000000002'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// Storage Blob Data Owner: the Functions host keeps its leases in blobs, so Contributor is not enough.
resource storageBlob 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, assigneeKey, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Storage Queue Data Contributor: the Durable task hub's work item and control queues.
resource storageQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, assigneeKey, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Storage Table Data Contributor: the Durable history and instance tables, and the sync state.
resource storageTable 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, assigneeKey, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Azure Service Bus Data Sender: the webhooks enqueue inventory events.
resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(serviceBus::queue.id, assigneeKey, '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39')
  scope: serviceBus::queue
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Azure Service Bus Data Receiver: the hosted session processor settles them.
resource queueReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(serviceBus::queue.id, assigneeKey, '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0')
  scope: serviceBus::queue
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Key Vault Secrets User: resolves the Key Vault references in the app settings.
resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!canWriteSecrets) {
  name: guid(keyVault.id, assigneeKey, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4633458b-17de-408a-b874-0445c86b69e6'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Key Vault Secrets Officer: lets a developer set the channel secrets; never given to the app.
resource secretsWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (canWriteSecrets) {
  name: guid(keyVault.id, assigneeKey, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Monitoring Metrics Publisher: sends telemetry with Entra ID, since local auth is off on the component.
resource telemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, assigneeKey, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '3913510d-42f4-4e42-8a64-420c390055eb'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Cosmos DB data-plane roles are a resource of the account, scoped here to the inventory database only.
resource cosmosData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos::database.id, assigneeKey, cosmos::dataContributor.id)
  properties: {
    roleDefinitionId: cosmos::dataContributor.id
    principalId: principalId
    scope: '${cosmos.id}/dbs/${cosmos::database.name}'
  }
}
