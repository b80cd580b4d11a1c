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

    private readonly Mock<TaskOrchestrationContext> _context = new(MockBehavior.Strict);

    public SkuSyncOrchestratorTests()
    {
        _context.Setup(c => c.CreateReplaySafeLogger(It.IsAny<Type>())).Returns(NullLogger.Instance);
    }

    [Fact]
    public async Task RunAsync_StockChangedDuringTheRun_ContinuesAsNewWithTheNewRequest()
    {
        var second = First with { Request = First.Request with { StockVersion = 2 } };
        SetupEvent(Task.FromResult(second.Request));
        SetupRounds(ChannelSyncDecision.Pushed);
        _context.Setup(c => c.ContinueAsNew(second, false));

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        _context.Verify(c => c.ContinueAsNew(second, false), Times.Once);
    }

    [Fact]
    public async Task RunAsync_NoChangeDuringTheRun_EndsWithoutContinuing()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        SetupRounds(ChannelSyncDecision.Pushed);
        var delays = RecordTimers();

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        Assert.Equal([SkuSyncOrchestrator.CompletionGrace], delays);
        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_StockChangedJustAfterTheLastRound_ContinuesAsNewInsteadOfDroppingIt()
    {
        var second = First with { Request = First.Request with { StockVersion = 2 } };
        var arrival = new TaskCompletionSource<SyncRequest>();
        SetupEvent(arrival.Task);
        SetupRounds(ChannelSyncDecision.Pushed);
        _context.Setup(c => c.CreateTimer(SkuSyncOrchestrator.CompletionGrace, It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                arrival.SetResult(second.Request);
                return Task.CompletedTask;
            });
        _context.Setup(c => c.ContinueAsNew(second, false));

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        _context.Verify(c => c.ContinueAsNew(second, false), Times.Once);
    }

    [Fact]
    public async Task RunAsync_StockChangedDuringTheBackOff_SyncsTheNewRequestAtOnceWithinTheRun()
    {
        var second = First with { Request = First.Request with { StockVersion = 2 } };
        var arrival = new TaskCompletionSource<SyncRequest>();
        _context.SetupSequence(c => c.WaitForExternalEvent<SyncRequest>(SkuSyncOrchestrator.StockChangedEvent,
                It.IsAny<CancellationToken>()))
            .Returns(arrival.Task)
            .Returns(new TaskCompletionSource<SyncRequest>().Task);
        SetupRounds(ChannelSyncDecision.Failed, ChannelSyncDecision.Pushed);
        _context.Setup(c => c.CreateTimer(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((TimeSpan delay, CancellationToken _) =>
            {
                if (delay == SkuSyncOrchestrator.CompletionGrace)
                {
                    return Task.CompletedTask;
                }

                arrival.SetResult(second.Request);
                return new TaskCompletionSource().Task;
            });

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        _context.Verify(c => c.CallActivityAsync<SkuSyncResult>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.SyncChannelActivity), second,
                It.IsAny<TaskOptions>()),
            Times.Once);
        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_NothingToPush_EndsAfterOneRound()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        SetupRounds();
        RecordTimers();

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        VerifyRounds(Times.Once());
        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_ChannelFailsRoundAfterRound_KeepsSyncingAfterTimersUntilPublished()
    {
        // More failing rounds than the old limit of three, all within one run.
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        SetupRounds(ChannelSyncDecision.Failed, ChannelSyncDecision.Throttled, ChannelSyncDecision.Drifted,
            ChannelSyncDecision.Failed, ChannelSyncDecision.Pushed);
        var delays = RecordTimers();

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        VerifyRounds(Times.Exactly(5));
        var backOffs = delays.SkipLast(1).ToList();
        Assert.Equal(4, backOffs.Count);
        Assert.True(backOffs.Zip(backOffs.Skip(1)).All(pair => pair.First < pair.Second), string.Join(", ", delays));
        _context.Verify(c => c.ContinueAsNew(It.IsAny<object>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_ActivityFailsAfterItsRetries_TriesAnotherRoundAfterTheBackOff()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        var calls = 0;
        _context.Setup(c => c.CallActivityAsync<SkuSyncResult>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.SyncChannelActivity), First,
                It.IsAny<TaskOptions>()))
            .Returns(() => ++calls == 1
                ? Task.FromException<SkuSyncResult>(new TaskFailedException(
                    SkuSyncOrchestrator.SyncChannelActivity, 1,
                    new TaskFailureDetails("IOException", "The stock store is down.", null, null, null)))
                : Task.FromResult(Result(ChannelSyncDecision.Pushed)));
        var delays = RecordTimers();

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        Assert.Equal(2, calls);
        Assert.Equal(2, delays.Count);
    }

    [Fact]
    public async Task RunAsync_ChannelStillFailingAfterTheRoundsOfARun_ContinuesAsNewToRetry()
    {
        SetupEvent(new TaskCompletionSource<SyncRequest>().Task);
        SetupRounds([.. Enumerable.Repeat(ChannelSyncDecision.Failed, SkuSyncOrchestrator.MaxRoundsPerRun)]);
        RecordTimers();
        _context.Setup(c => c.ContinueAsNew(First, false));

        await SkuSyncOrchestrator.RunAsync(_context.Object, First);

        VerifyRounds(Times.Exactly(SkuSyncOrchestrator.MaxRoundsPerRun));
        _context.Verify(c => c.ContinueAsNew(First, false), Times.Once);
    }

    /// <summary>A round's result: one outcome with the decision, or none when there is nothing to push.</summary>
    private static SkuSyncResult Result(ChannelSyncDecision? decision)
    {
        var plan = new SyncPlan("SKU-1", 1, At, [new ChannelTargetQuantity("shopify", 5)]);
        return new SkuSyncResult(plan, decision is { } d
            ? [new ChannelSyncOutcome(plan.ToWork()[0], d, At, false, null, null, null)]
            : []);
    }

    private void SetupEvent(Task<SyncRequest> arrival) =>
        _context.Setup(c => c.WaitForExternalEvent<SyncRequest>(SkuSyncOrchestrator.StockChangedEvent,
            It.IsAny<CancellationToken>())).Returns(arrival);

    /// <summary>Each round answers the next decision; no decisions means a round with nothing to push.</summary>
    private void SetupRounds(params ChannelSyncDecision[] decisions)
    {
        var queue = new Queue<ChannelSyncDecision>(decisions);
        _context.Setup(c => c.CallActivityAsync<SkuSyncResult>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.SyncChannelActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()))
            .Returns(() => Task.FromResult(Result(queue.Count > 0 ? queue.Dequeue() : null)));
    }

    private void VerifyRounds(Times times) =>
        _context.Verify(c => c.CallActivityAsync<SkuSyncResult>(
                It.Is<TaskName>(n => n.Name == SkuSyncOrchestrator.SyncChannelActivity), It.IsAny<object>(),
                It.IsAny<TaskOptions>()),
            times);

    private List<TimeSpan> RecordTimers()
    {
        var delays = new List<TimeSpan>();
        _context.Setup(c => c.CreateTimer(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback((TimeSpan delay, CancellationToken _) => delays.Add(delay))
            .Returns(Task.CompletedTask);
        return delays;
    }
}
