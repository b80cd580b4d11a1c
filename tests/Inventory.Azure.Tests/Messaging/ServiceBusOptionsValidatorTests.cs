using Inventory.Azure.Messaging;

namespace Inventory.Azure.Tests.Messaging;

public sealed class ServiceBusOptionsValidatorTests
{
    private const string Namespace = "contoso-inventory.servicebus.windows.net";
    private const string ConnectionString =
        "Endpoint=sb://localhost/;SharedAccessKeyName=local;SharedAccessKey=c2VjcmV0LWtleQ==";

    [Fact]
    public void Validate_NamespaceOnly_Succeeds()
    {
        var result = Validate(new ServiceBusOptions { FullyQualifiedNamespace = Namespace });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ConnectionStringOnly_Succeeds()
    {
        var result = Validate(new ServiceBusOptions { ConnectionString = ConnectionString });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_BothSet_FailsNamingBothSettings()
    {
        var result = Validate(
            new ServiceBusOptions { FullyQualifiedNamespace = Namespace, ConnectionString = ConnectionString });

        Assert.True(result.Failed);
        Assert.Contains("ServiceBus:FullyQualifiedNamespace", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ServiceBus:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothSet_FailureDoesNotRepeatTheConnectionString()
    {
        var result = Validate(
            new ServiceBusOptions { FullyQualifiedNamespace = Namespace, ConnectionString = ConnectionString });

        Assert.DoesNotContain("SharedAccessKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NeitherSet_Fails()
    {
        var result = Validate(new ServiceBusOptions { ConnectionString = "  " });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_NamespaceWithScheme_FailsAskingForTheHostName()
    {
        var result = Validate(new ServiceBusOptions { FullyQualifiedNamespace = "sb://" + Namespace + "/" });

        Assert.True(result.Failed);
        Assert.Contains("host name", result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(ServiceBusOptions options) =>
        new ServiceBusOptionsValidator().Validate(null, options);
}
