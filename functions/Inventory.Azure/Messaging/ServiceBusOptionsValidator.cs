using Microsoft.Extensions.Options;

namespace Inventory.Azure.Messaging;

/// <summary>
/// Checks what data annotations cannot: exactly one way to connect is configured, and the namespace is a host name.
/// Messages name the setting to change and never repeat the connection string.
/// </summary>
internal sealed class ServiceBusOptionsValidator : IValidateOptions<ServiceBusOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceBusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var hasNamespace = !string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace);
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);

        if (hasNamespace && hasConnectionString)
        {
            return ValidateOptionsResult.Fail(
                "ServiceBus:FullyQualifiedNamespace and ServiceBus:ConnectionString are both set; set only one. "
                + "On Azure use the namespace (managed identity) and remove the connection string.");
        }

        if (!hasNamespace && !hasConnectionString)
        {
            return ValidateOptionsResult.Fail(
                "Neither ServiceBus:FullyQualifiedNamespace nor ServiceBus:ConnectionString is set; set the namespace "
                + "host name (such as contoso.servicebus.windows.net) or, for a local run, a connection string.");
        }

        if (hasNamespace && Uri.CheckHostName(options.FullyQualifiedNamespace) != UriHostNameType.Dns)
        {
            return ValidateOptionsResult.Fail(
                $"ServiceBus:FullyQualifiedNamespace '{options.FullyQualifiedNamespace}' is not a host name; give it "
                + "without a scheme or path, such as contoso.servicebus.windows.net.");
        }

        return ValidateOptionsResult.Success;
    }
}
