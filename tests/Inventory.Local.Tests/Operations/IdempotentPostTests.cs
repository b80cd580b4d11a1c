using System.Text;
using Inventory.Api;
using Inventory.Api.Http;
using Inventory.Core.Documents;
using Inventory.Core.Operations;
using Inventory.Testing.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Local.Tests.Operations;

public sealed class IdempotentPostTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"sku":"SKU-1","delta":5}""");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDocumentStore _documents;
    private readonly IOptions<ApiOptions> _options =
        Options.Create(new ApiOptions { IdempotencyRetention = TimeSpan.FromDays(7) });

    public IdempotentPostTests() => _documents = new InMemoryDocumentStore(_time);

    [Fact]
    public async Task RunAsync_SameKeyWithinRetention_ReplaysFirstResponse()
    {
        var post = new IdempotentPost(_documents, _options, _time);
        var calls = 0;

        await post.RunAsync(Request("key-1"), Body, _ => Respond(++calls));
        _time.Advance(TimeSpan.FromDays(6));
        var (response, replayed) = await post.RunAsync(Request("key-1"), Body, _ => Respond(++calls));

        Assert.True(replayed);
        Assert.Equal(1, calls);
        Assert.Equal("""{"call":1}""", response.Body);
    }

    [Fact]
    public async Task RunAsync_SameKeyAfterRetention_RunsAgainWithSameOperationIdAndKeepsNewResponse()
    {
        var post = new IdempotentPost(_documents, _options, _time);
        var operationIds = new List<string>();
        var calls = 0;

        await post.RunAsync(Request("key-1"), Body, id => { operationIds.Add(id); return Respond(++calls); });
        _time.Advance(TimeSpan.FromDays(7));
        var (second, secondReplayed) =
            await post.RunAsync(Request("key-1"), Body, id => { operationIds.Add(id); return Respond(++calls); });
        var (third, thirdReplayed) =
            await post.RunAsync(Request("key-1"), Body, id => { operationIds.Add(id); return Respond(++calls); });

        Assert.False(secondReplayed);
        Assert.Equal("""{"call":2}""", second.Body);
        Assert.True(thirdReplayed);
        Assert.Equal("""{"call":2}""", third.Body);
        Assert.Equal(2, calls);
        Assert.Equal(operationIds[0], operationIds[1]);
    }

    [Fact]
    public async Task PurgeAsync_RecordsOlderThanRetention_DeletesOnlyThose()
    {
        var post = new IdempotentPost(_documents, _options, _time);
        var purge = new IdempotencyRecordPurge(
            _documents, _options, _time, NullLogger<IdempotencyRecordPurge>.Instance);
        await post.RunAsync(Request("old"), Body, _ => Respond(1));
        _time.Advance(TimeSpan.FromDays(3));
        await post.RunAsync(Request("recent"), Body, _ => Respond(2));
        _time.Advance(TimeSpan.FromDays(5));

        var deleted = await purge.PurgeAsync();

        Assert.Equal(1, deleted);
        var left = await _documents.ListAsync<IdempotencyRecord>(DocumentCollections.Idempotency, 10);
        Assert.Equal("recent", Assert.Single(left).Key);
    }

    [Fact]
    public async Task PurgeAsync_MoreThanOneBatch_DeletesEveryExpiredRecord()
    {
        var purge = new IdempotencyRecordPurge(
            _documents, _options, _time, NullLogger<IdempotencyRecordPurge>.Instance);
        var count = IdempotencyRecordPurge.BatchSize + 7;
        for (var i = 0; i < count; i++)
        {
            await _documents.TryCreateAsync(DocumentCollections.Idempotency, $"record-{i}", $"value-{i}");
        }

        _time.Advance(TimeSpan.FromDays(8));

        var deleted = await purge.PurgeAsync();

        Assert.Equal(count, deleted);
        Assert.Empty(await _documents.ListAsync<string>(DocumentCollections.Idempotency, 10));
    }

    private static DefaultHttpContext Request(string key)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/api/stock/adjustments";
        context.Request.Headers[IdempotentPost.Header] = key;
        return context;
    }

    private static Task<ApiResponse> Respond(int call) =>
        Task.FromResult(new ApiResponse(200, ApiResponse.Json, $$"""{"call":{{call}}}"""));
}
