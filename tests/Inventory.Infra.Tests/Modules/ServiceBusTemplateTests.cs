using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class ServiceBusTemplateTests(CompiledMainTemplate compiled)
{
    private ArmResource Queue => compiled.Template.Single("Microsoft.ServiceBus/namespaces/queues");

    [Fact]
    public void Queue_Sessions_AreRequired()
    {
        Assert.True(Queue.Properties.GetProperty("requiresSession").GetBoolean());
    }

    [Fact]
    public void Queue_DuplicateDetection_IsRequired()
    {
        Assert.True(Queue.Properties.GetProperty("requiresDuplicateDetection").GetBoolean());
    }

    [Fact]
    public void Queue_DuplicateDetectionWindow_ComesFromParameter()
    {
        var window = Queue.Properties.GetProperty("duplicateDetectionHistoryTimeWindow").GetString();

        Assert.Equal("[parameters('duplicateDetectionWindow')]", window);
    }

    [Fact]
    public void MainParameters_DuplicateDetectionWindow_DefaultsToOneHour()
    {
        var parameter = compiled.Template.Root.GetProperty("parameters")
            .GetProperty("serviceBusDuplicateDetectionWindow");

        Assert.Equal("PT1H", parameter.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void Queue_MaxDeliveryCount_IsTen()
    {
        Assert.Equal(10, Queue.Properties.GetProperty("maxDeliveryCount").GetInt32());
    }

    [Fact]
    public void Queue_ExpiredMessages_AreDeadLettered()
    {
        Assert.True(Queue.Properties.GetProperty("deadLetteringOnMessageExpiration").GetBoolean());
    }

    [Fact]
    public void Namespace_LocalAuth_IsDisabled()
    {
        var serviceBus = compiled.Template.Single("Microsoft.ServiceBus/namespaces");

        Assert.True(serviceBus.Properties.GetProperty("disableLocalAuth").GetBoolean());
    }

    [Fact]
    public void Namespace_Sku_IsStandard()
    {
        var serviceBus = compiled.Template.Single("Microsoft.ServiceBus/namespaces");

        Assert.Equal("Standard", serviceBus.Element.GetProperty("sku").GetProperty("name").GetString());
    }
}
