metadata description = 'Function App on an Elastic Premium (EP1) plan, kept warm by a minimum elastic instance count.'

@description('Azure region for the resources.')
param location string

@description('Name of the Elastic Premium plan.')
param planName string

@description('Name of the Function App.')
param appName string

@description('Instances that are always running. The hosted Service Bus consumer runs on them, so at least one.')
@minValue(1)
@maxValue(20)
param minimumElasticInstanceCount int = 1

@description('Most instances the plan scales out to.')
@minValue(1)
@maxValue(100)
param maximumElasticWorkerCount int = 20

@description('App settings shared by every hosting plan.')
param appSettings resourceInput<'Microsoft.Web/sites@2024-04-01'>.properties.siteConfig.appSettings

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

// Flex Consumption rejects these two settings (it takes the runtime from functionAppConfig); Premium needs them.
// The app runs from the deployed package, so no Azure Files content share and no storage key is needed.
var premiumSettings = [
  {
    name: 'FUNCTIONS_EXTENSION_VERSION'
    value: '~4'
  }
  {
    name: 'FUNCTIONS_WORKER_RUNTIME'
    value: 'dotnet-isolated'
  }
  {
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1'
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'elastic'
  sku: {
    name: 'EP1'
    tier: 'ElasticPremium'
    capacity: minimumElasticInstanceCount
  }
  properties: {
    reserved: true
    maximumElasticWorkerCount: maximumElasticWorkerCount
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, {
    'azd-service-name': 'functions'
  })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNET-ISOLATED|10.0'
      // The Service Bus consumer is hosted in the worker, so at least one instance must always be running.
      minimumElasticInstanceCount: minimumElasticInstanceCount
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(appSettings, premiumSettings)
    }
  }
}

@description('Name of the Function App.')
output name string = site.name

@description('Default host name of the Function App.')
output defaultHostName string = site.properties.defaultHostName

@description('Object id of the app\'s system-assigned identity.')
output principalId string = site.identity.principalId
