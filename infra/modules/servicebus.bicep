metadata description = 'Service Bus namespace and the session-enabled inventory-events queue the webhooks publish to.'

@description('Azure region for the resources.')
param location string

@description('Name of the Service Bus namespace (6 to 50 letters, digits and hyphens).')
@minLength(6)
@maxLength(50)
param namespaceName string

@description('Name of the queue that carries inventory events.')
param queueName string = 'inventory-events'

@description('How long Service Bus remembers a MessageId to drop a redelivered channel event (ISO 8601 duration).')
param duplicateDetectionWindow string = 'PT1H'

@description('Tags applied to every resource.')
param tags resourceInput<'Microsoft.Resources/resourceGroups@2024-03-01'>.tags

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: namespaceName
  location: location
  tags: tags
  sku: {
    // Standard is the lowest tier with sessions and duplicate detection.
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource queue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: queueName
  properties: {
    // SessionId is the SKU: one consumer applies one SKU's movements at a time, in order.
    requiresSession: true
    // MessageId is the channel's dedupe key, so a webhook delivered twice is enqueued once.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: true
    lockDuration: 'PT1M'
    defaultMessageTimeToLive: 'P14D'
  }
}

@description('Name of the namespace.')
output namespaceName string = namespace.name

@description('Fully qualified host name of the namespace, without scheme or port.')
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]

@description('Name of the inventory events queue.')
output queueName string = queue.name
