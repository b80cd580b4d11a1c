metadata description = 'Function App on Flex Consumption; always-ready instances keep the Service Bus consumer up.'

@description('Azure region for the resources.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App.')
param appName string

@description('URL of the blob container the app package is deployed to.')
param deploymentContainerUri string

@description('Always-ready instances of the http group. The hosted Service Bus consumer runs on them, so at least one.')
@minValue(1)
param alwaysReadyInstanceCount int = 1

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('App settings shared by every hosting plan.')
param appSettings resourceInput<'Microsoft.Web/sites@2024-04-01'>.properties.siteConfig.appSettings

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
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
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUri
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        // The Service Bus consumer is a ServiceBusSessionProcessor hosted in the worker, not a trigger the
        // platform can see, so nothing would wake a scaled-to-zero app when events arrive.
        alwaysReady: [
          {
            name: 'http'
            instanceCount: alwaysReadyInstanceCount
          }
        ]
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
  }
}

@description('Name of the Function App.')
output name string = site.name

@description('Default host name of the Function App.')
output defaultHostName string = site.properties.defaultHostName

@description('Object id of the app\'s system-assigned identity.')
output principalId string = site.identity.principalId
