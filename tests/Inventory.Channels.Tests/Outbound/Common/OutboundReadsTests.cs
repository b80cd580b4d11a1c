using System.Net;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Sync;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class OutboundReadsTests
{
    private const int ReadFailedEvent = 4550;

    private readonly RecordingLogger _logger = new();

    [Fact]
    public void BodyOrNotFound_Success_ReturnsTheBody()
    {
        var body = BodyOrNotFound(Answer(HttpStatusCode.OK, "{\"quantity\":3}"), null);

        Assert.Equal("{\"quantity\":3}", body);
        Assert.Empty(_logger.EventIds);
    }

    [Fact]
    public void BodyOrNotFound_NotFound_ReturnsNull()
    {
        var body = BodyOrNotFound(Answer(HttpStatusCode.NotFound, "{}"), null);

        Assert.Null(body);
        Assert.Empty(_logger.EventIds);
    }

    [Fact]
    public void BodyOrNotFound_CredentialsRefused_ThrowsNamingTheSkuAndTheSettings()
    {
        var error = Assert.Throws<ChannelApiException>(
            () => BodyOrNotFound(Answer(HttpStatusCode.Unauthorized, "{}"), null));

        Assert.Equal(
            "Reading the eBay quantity of SKU SKU-1 failed: The eBay API refused the credentials (401); check "
            + "Channels:Ebay:ClientId.",
            error.Message);
        Assert.Equal([ReadFailedEvent], _logger.EventIds);
    }

    [Fact]
    public void BodyOrNotFound_CallFailed_ThrowsWithTheFailure()
    {
        var error = Assert.Throws<ChannelApiException>(
            () => BodyOrNotFound(null, OutboundHttp.Failed("The eBay API did not answer in time.")));

        Assert.Equal(
            "Reading the eBay quantity of SKU SKU-1 failed: The eBay API did not answer in time.", error.Message);
        Assert.Equal([ReadFailedEvent], _logger.EventIds);
    }

    private static ChannelResponse Answer(HttpStatusCode status, string body) => new(status, body, null, null);

    private string? BodyOrNotFound(ChannelResponse? response, PushResult? failure) =>
        OutboundReads.BodyOrNotFound(
            (response, failure), ChannelNames.Ebay, "SKU-1", "Channels:Ebay:ClientId", _logger);
}
