metadata description = 'Key Vault (RBAC mode) for the channel secrets, read by the app through Key Vault references.'

@description('Azure region for the resources.')
param location string

@description('Name of the vault (3 to 24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Days a deleted secret or vault can still be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access is granted with Azure role assignments only; there are no access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault, ending with a slash.')
output uri string = vault.properties.vaultUri
