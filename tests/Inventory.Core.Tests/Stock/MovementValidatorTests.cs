using Inventory.Core.Stock;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Core.Tests.Stock;

public sealed class MovementValidatorTests
{
    [Fact]
    public void Validate_WellFormedMovement_HasNoFailures()
    {
        var failures = MovementValidator.Validate(Commit("SKU-1", "WH-1", 2));

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("", "WH-1", "sku")]
    [InlineData("  ", "WH-1", "sku")]
    [InlineData("SKU-1", "", "location")]
    [InlineData("SKU|1", "WH-1", "sku")]
    [InlineData("SKU-1", "WH/1", "location")]
    [InlineData(" SKU-1", "WH-1", "sku")]
    public void Validate_BadSkuOrLocation_NamesTheField(string sku, string location, string field)
    {
        var failures = MovementValidator.Validate(Commit(sku, location, 1));

        Assert.Contains(failures, f => f.Field == field);
    }

    [Theory]
    [InlineData(MovementKind.OrderLineCommitted, 0)]
    [InlineData(MovementKind.OrderLineShipped, -3)]
    [InlineData(MovementKind.PurchaseOrderPlaced, MovementValidator.MaxQuantity + 1)]
    [InlineData(MovementKind.Adjustment, 0)]
    [InlineData(MovementKind.CycleCount, -1)]
    public void Validate_QuantityOutOfRangeForKind_NamesQuantity(MovementKind kind, int quantity)
    {
        var failures = MovementValidator.Validate(Make(kind, "SKU-1", "WH-1", quantity, unitCost: 1m));

        Assert.Contains(failures, f => f.Field == "quantity");
    }

    [Fact]
    public void Validate_CountOfZero_IsAccepted()
    {
        Assert.Empty(MovementValidator.Validate(Make(MovementKind.CycleCount, "SKU-1", "WH-1", 0)));
    }

    [Fact]
    public void Validate_UnknownKind_NamesKind()
    {
        var failures = MovementValidator.Validate(Make((MovementKind)999, "SKU-1", "WH-1", 1));

        Assert.Contains(failures, f => f.Field == "kind");
    }

    [Fact]
    public void Validate_AdjustmentWithoutReason_NamesReason()
    {
        var failures = MovementValidator.Validate(Adjust("SKU-1", "WH-1", 2) with { Reason = null });

        Assert.Contains(failures, f => f.Field == "reason");
    }

    [Fact]
    public void Validate_ReceiptWithoutUnitCost_NamesUnitCost()
    {
        var failures = MovementValidator.Validate(Make(MovementKind.PurchaseOrderReceived, "SKU-1", "WH-1", 2));

        Assert.Contains(failures, f => f.Field == "unitCost");
    }

    [Fact]
    public void Validate_NegativeUnitCost_NamesUnitCost()
    {
        var failures = MovementValidator.Validate(Receive("SKU-1", "WH-1", 2, -1m));

        Assert.Contains(failures, f => f.Field == "unitCost");
    }

    [Fact]
    public void Validate_ChannelHeldStockWithoutReport_NamesReported()
    {
        var failures = MovementValidator.Validate(Make(MovementKind.ChannelHeldStockSet, "SKU-1", "FBA", 0));

        Assert.Contains(failures, f => f.Field == "reported");
    }

    [Fact]
    public void Validate_ChannelHeldStockWithNegativeReport_NamesThatPart()
    {
        var movement = Make(MovementKind.ChannelHeldStockSet, "SKU-1", "FBA", 0) with
        {
            Reported = new ReportedQuantities(3, 0, -1, 0),
        };

        var failures = MovementValidator.Validate(movement);

        Assert.Contains(failures, f => f.Field == "reported.unavailable");
    }

    [Theory]
    [InlineData("SKU\u0007", "sku")]
    [InlineData("SKU\u0085X", "sku")]
    [InlineData("SKU-1\t", "sku")]
    [InlineData("\u00a0SKU-1", "sku")]
    [InlineData("SKU#1", "sku")]
    public void Validate_ControlOrSpaceOrForbiddenCharacterInSku_NamesSku(string sku, string field)
    {
        var failures = MovementValidator.Validate(Commit(sku, "WH-1", 1));

        Assert.Contains(failures, f => f.Field == field);
    }

    [Fact]
    public void Validate_IdTooLong_NamesId()
    {
        var movement = Commit("SKU-1", "WH-1", 1) with { Id = new string('x', MovementValidator.MaxIdentifierLength + 1) };

        var failures = MovementValidator.Validate(movement);

        Assert.Contains(failures, f => f.Field == "id");
    }

    [Fact]
    public void Validate_IdWithPipe_IsAccepted()
    {
        var movement = Commit("SKU-1", "WH-1", 1) with { Id = "shopify:order:1|line:2" };

        Assert.Empty(MovementValidator.Validate(movement));
    }

    [Theory]
    [InlineData("SKU-1", true)]
    [InlineData("sku with inner space", true)]
    [InlineData("", false)]
    [InlineData(" ", false)]
    [InlineData(null, false)]
    [InlineData("SKU|1", false)]
    [InlineData("SKU/1", false)]
    [InlineData("SKU\u009f", false)]
    [InlineData("SKU-1 ", false)]
    public void IsValidKeyPart_Value_AgreesWithValidate(string? value, bool expected)
    {
        var validated = MovementValidator.Validate(Commit(value ?? string.Empty, "WH-1", 1)).Count == 0;

        Assert.Equal(expected, MovementValidator.IsValidKeyPart(value));
        Assert.Equal(expected, validated);
    }
}
