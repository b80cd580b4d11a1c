using Inventory.Core.Sync;
using Inventory.Functions.Sync;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Inventory.Functions.Tests.Sync;

/// <summary>The orchestrator's decisions against a strict mock context: no test host, no wall clock.</summary>
public sealed class SkuSyncOrchestratorTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChannelSyncRequest First = new("shopify", new SyncRequest("SKU-1", 1, At));
    private static readonly SyncPlan Plan = new("SKU-1", 1, At, [new ChannelTargetQuantity("shopify", 5)]);

    private readonly Mock<TaskOrchestrationContext> _context = new(MockBehavior.Strict);

    public SkuSyncOrchestratorTests()
    {
        _context.Setup(c => c.CreateReplaySafeLogger(It.IsAny<Type>())).Returns(NullLogger.Instance);
        _context.Setup(c => c.CallActivityAsync<SyncPlan>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.PlanActivity), First.Request,
                It.IsAny<TaskOptions>()))
            .ReturnsAsync(Plan);
        _context.Setup(c => c.CallActivityAsync<int>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.RecordActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()))
            .ReturnsAsync(1);
    }

    [Fact]
    public async Task RunAsync_StockChangedDuringTheRun_ContinuesAsNewWithTheNewRequest()
    {
        var second = First with { Request = First.Request with { StockVersion = 2 } };
        SetupEvent(Task.FromResult(second.Request));
        SetupPush(ChannelSyncDecision.Pushed);
        _context.Setup(c => c.ContinueAsNew(second, false));

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        _context.Verify(c => c.ContinueAsNew(second, false), Times.Once);
    }

    [Fact]
    public async Task RunAsync_NoChangeDuringTheRun_EndsWithoutContinuing()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        SetupPush(ChannelSyncDecision.Pushed);

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_PlanHasNoTargetForTheChannel_EndsWithoutPushOrRecord()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);

        await SkuSyncOrchestrator.RunAsync(_context.Object, First with { Channel = "amazon" });

        _context.Verify(c => c.CallActivityAsync<int>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.RecordActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()),
            Times.Never);
        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_ChannelFailsRoundAfterRound_KeepsPushingAfterTimersUntilPublished()
    {
        // More failing rounds than the old limit of three, all within one run.
        var decisions = new Queue<ChannelSyncDecision>(
            [ChannelSyncDecision.Failed, ChannelSyncDecision.Throttled, ChannelSyncDecision.Drifted,
                ChannelSyncDecision.Failed, ChannelSyncDecision.Pushed]);
        var delays = new List<TimeSpan>();
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        _context.Setup(c => c.CallActivityAsync<ChannelSyncOutcome>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.PushActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()))
            .Returns((TaskName _, object work, TaskOptions _) => Task.FromResult(
                new ChannelSyncOutcome((ChannelSyncWork)work, decisions.Dequeue(), At, false, null, null, null)));
        _context.Setup(c => c.CreateTimer(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback((TimeSpan delay, CancellationToken _) => delays.Add(delay))
            .Returns(Task.CompletedTask);

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        Assert.Empty(decisions);
        Assert.Equal(4, delays.Count);
        Assert.True(delays.Zip(delays.Skip(1)).All(pair => pair.First < pair.Second), string.Join(", ", delays));
        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_ChannelStillFailingAfterTheRoundsOfARun_ContinuesAsNewToRetry()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        SetupPush(ChannelSyncDecision.Failed);
        _context.Setup(c => c.CreateTimer(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        _context.Setup(c => c.ContinueAsNew(First, false));

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        _context.Verify(c => c.CallActivityAsync<ChannelSyncOutcome>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.PushActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()),
            Times.Exactly(SkuSyncOrchestrator.MaxRoundsPerRun));
        _context.Verify(c => c.ContinueAsNew(First, false), Times.Once);
    }

    private void SetupEvent(Task<SyncRequest> arrival) =>
        _context.Setup(c => c.WaitForExternalEvent<SyncRequest>(SkuSyncOrchestrator.StockChangedEvent,
            It.IsAny<CancellationToken>())).Returns(arrival);

    private void SetupPush(ChannelSyncDecision decision) =>
        _context.Setup(c => c.CallActivityAsync<ChannelSyncOutcome>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.PushActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()))
            .Returns((TaskName _, object work, TaskOptions _) => Task.FromResult(
                new ChannelSyncOutcome((ChannelSyncWork)work, decision, At, false, null, null, null)));
}
