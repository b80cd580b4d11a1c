metadata description = 'Cosmos DB for NoSQL: the inventory database and its containers, indexed for the app\'s queries.'

@description('Azure region for the resources.')
param location string

@description('Name of the Cosmos DB account (3 to 44 lower-case letters, digits and hyphens).')
@minLength(3)
@maxLength(44)
param accountName string

@description('Name of the SQL database.')
param databaseName string = 'inventory'

@description('Serverless bills per request; Autoscale shares provisioned throughput across the containers.')
@allowed([
  'Serverless'
  'Autoscale'
])
param capacityMode string = 'Serverless'

@description('Highest RU/s the shared database throughput scales to when capacityMode is Autoscale.')
@minValue(1000)
param autoscaleMaxThroughput int = 1000

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

var isServerless = capacityMode == 'Serverless'

// Indexing follows the queries: stock documents are read by SKU and location and scanned by the nightly
// planning run, so everything is indexed except the arrays that only grow (cost layers, recent entries,
// applied movement ids), which would cost RU on every write and are never filtered on.
var stockIndexing = {
  indexingMode: 'consistent'
  automatic: true
  includedPaths: [
    {
      path: '/*'
    }
  ]
  excludedPaths: [
    {
      path: '/costLayers/*'
    }
    {
      path: '/recentEntries/*'
    }
    {
      path: '/appliedMovementIds/*'
    }
    {
      path: '/"_etag"/?'
    }
  ]
  compositeIndexes: [
    [
      {
        path: '/sku'
        order: 'ascending'
      }
      {
        path: '/location'
        order: 'ascending'
      }
    ]
  ]
}

// The ledger is append-only and read by SKU in sequence order, so only the fields that are filtered or sorted
// on are indexed. A query that filters on any other ledger field needs its path added here first.
var ledgerIndexing = {
  indexingMode: 'consistent'
  automatic: true
  includedPaths: [
    {
      path: '/sku/?'
    }
    {
      path: '/location/?'
    }
    {
      path: '/seq/?'
    }
  ]
  excludedPaths: [
    {
      path: '/*'
    }
  ]
}

var defaultIndexing = {
  indexingMode: 'consistent'
  automatic: true
  includedPaths: [
    {
      path: '/*'
    }
  ]
  excludedPaths: [
    {
      path: '/"_etag"/?'
    }
  ]
}

var containers = [
  {
    name: 'stock'
    partitionKey: '/sku'
    indexingPolicy: stockIndexing
  }
  {
    name: 'ledger'
    partitionKey: '/sku'
    indexingPolicy: ledgerIndexing
  }
  {
    name: 'reports'
    partitionKey: '/reportDate'
    indexingPolicy: defaultIndexing
  }
  {
    name: 'catalog'
    partitionKey: '/sku'
    indexingPolicy: defaultIndexing
  }
  {
    name: 'oversells'
    partitionKey: '/period'
    indexingPolicy: defaultIndexing
  }
  {
    name: 'config'
    partitionKey: '/kind'
    indexingPolicy: defaultIndexing
  }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    // Only Entra ID callers with a data-plane role assignment can read or write; there are no usable keys.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: isServerless
      ? [
          {
            name: 'EnableServerless'
          }
        ]
      : []
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: isServerless
      ? {}
      : {
          autoscaleSettings: {
            maxThroughput: autoscaleMaxThroughput
          }
        }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: {
          paths: [
            container.partitionKey
          ]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: container.indexingPolicy
      }
    }
  }
]

@description('Name of the Cosmos DB account.')
output accountName string = account.name

@description('Document endpoint of the account.')
output endpoint string = account.properties.documentEndpoint

@description('Name of the SQL database.')
output databaseName string = database.name
