metadata description = 'Log Analytics workspace and the Application Insights component the Function App writes to.'

@description('Azure region for the resources.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is accepted only from Entra ID callers (the app's identity with Monitoring Metrics Publisher),
    // so the instrumentation key inside the connection string is an address, not a credential.
    DisableLocalAuth: true
  }
}

@description('Name of the Application Insights component.')
output appInsightsName string = appInsights.name

@description('Connection string of the Application Insights component (an address: local auth is off).')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
