using System.Globalization;
using Inventory.Core.Documents;
using Xunit;

namespace Inventory.Testing.Documents;

/// <summary>
/// The promises every <see cref="IDocumentStore"/> keeps. Each adapter's test project derives from this class once;
/// every test writes to collections of its own, so one store instance may serve the whole class.
/// </summary>
public abstract class DocumentStoreContract
{
    private const int Racers = 16;

    /// <summary>Ids a storage engine may refuse, escape or confuse; a store must keep every one apart.</summary>
    private static readonly string[] TrickyIdValues =
    [
        "a/b",
        "a%2Fb",
        "a_b",
        "a b",
        "a\\b",
        "a?b",
        "a#b",
        "a|b",
        "a:b",
        "A/B",
        " a/b",
        "a/b ",
        "caf\u00e9",
        "cafe\u0301",
        "\u65e5\u672c/\u5009\u5eab",
        "\U0001F4E6",
        "~YS9i",
        "YS9i",
        "~~x",
        ".",
        "..",
        "?#/\\",
        string.Empty,
        new string('x', 300),
        new string('x', 299) + "y",
        string.Concat(Enumerable.Repeat("po/2025?#", 120)),
    ];

    public static TheoryData<string> TrickyIds => [.. TrickyIdValues];

    /// <summary>Returns the store under test.</summary>
    protected abstract Task<IDocumentStore> GetStoreAsync();

    [Fact]
    public async Task GetAsync_MissingId_ReturnsNull()
    {
        var store = await GetStoreAsync();

        var stored = await store.GetAsync<ContractDocument>(NewCollection(), "PO-1");

        Assert.Null(stored);
    }

    [Fact]
    public async Task TryCreateAsync_NewId_GetReturnsSameValueAndETag()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var value = Sample("first");

        var etag = await store.TryCreateAsync(collection, "PO-1", value);
        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");

        Assert.False(string.IsNullOrEmpty(etag));
        Assert.NotNull(stored);
        Assert.Equal(etag, stored.ETag);
        AssertSame(value, stored.Value);
    }

    [Theory]
    [InlineData("12345678.123456789")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-9876543210.9876543210")]
    public async Task TryCreateAsync_DecimalBeyondDoublePrecision_KeepsEveryDigit(string amount)
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var value = Sample("money") with { Amount = decimal.Parse(amount, CultureInfo.InvariantCulture) };

        await store.TryCreateAsync(collection, "PO-1", value);
        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");

        Assert.Equal(amount, stored!.Value.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TryCreateAsync_ExistingId_ReturnsNullAndKeepsFirst()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var firstETag = await store.TryCreateAsync(collection, "PO-1", Sample("first"));

        var second = await store.TryCreateAsync(collection, "PO-1", Sample("second"));

        Assert.Null(second);
        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");
        Assert.Equal("first", stored!.Value.Name);
        Assert.Equal(firstETag, stored.ETag);
    }

    [Fact]
    public async Task TryReplaceAsync_CurrentETag_ReturnsNewETagAndStoresValue()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var created = await store.TryCreateAsync(collection, "PO-1", Sample("first"));
        var next = Sample("second") with { Amount = 7.25m, Tags = ["received"] };

        var replaced = await store.TryReplaceAsync(collection, "PO-1", next, created!);

        Assert.NotNull(replaced);
        Assert.NotEqual(created, replaced);
        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");
        Assert.Equal(replaced, stored!.ETag);
        AssertSame(next, stored.Value);
    }

    [Fact]
    public async Task TryReplaceAsync_StaleETag_ReturnsNullAndKeepsValue()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var stale = await store.TryCreateAsync(collection, "PO-1", Sample("first"));
        var current = await store.TryReplaceAsync(collection, "PO-1", Sample("second"), stale!);

        var late = await store.TryReplaceAsync(collection, "PO-1", Sample("late"), stale!);

        Assert.Null(late);
        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");
        Assert.Equal("second", stored!.Value.Name);
        Assert.Equal(current, stored.ETag);
    }

    [Fact]
    public async Task TryReplaceAsync_UnknownETag_ReturnsNullAndKeepsValue()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        await store.TryCreateAsync(collection, "PO-1", Sample("first"));

        var replaced = await store.TryReplaceAsync(collection, "PO-1", Sample("second"), "\"not-an-etag\"");

        Assert.Null(replaced);
        Assert.Equal("first", (await store.GetAsync<ContractDocument>(collection, "PO-1"))!.Value.Name);
    }

    [Fact]
    public async Task TryReplaceAsync_MissingDocument_ReturnsNullAndCreatesNothing()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var elsewhere = await store.TryCreateAsync(NewCollection(), "PO-1", Sample("first"));

        var replaced = await store.TryReplaceAsync(collection, "PO-1", Sample("second"), elsewhere!);

        Assert.Null(replaced);
        Assert.Null(await store.GetAsync<ContractDocument>(collection, "PO-1"));
    }

    [Fact]
    public async Task UpsertAsync_MissingId_CreatesDocument()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var value = Sample("first");

        await store.UpsertAsync(collection, "PO-1", value);

        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");
        AssertSame(value, stored!.Value);
    }

    [Fact]
    public async Task UpsertAsync_ExistingId_ReplacesValueAndInvalidatesOldETag()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var created = await store.TryCreateAsync(collection, "PO-1", Sample("first"));

        await store.UpsertAsync(collection, "PO-1", Sample("second"));

        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");
        Assert.Equal("second", stored!.Value.Name);
        Assert.NotEqual(created, stored.ETag);
        Assert.Null(await store.TryReplaceAsync(collection, "PO-1", Sample("late"), created!));
    }

    [Fact]
    public async Task ListAsync_SeveralWrites_ReturnsNewestWrittenFirst()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var a = await store.TryCreateAsync(collection, "a", Sample("a1"));
        await store.TryCreateAsync(collection, "b", Sample("b1"));
        await store.TryCreateAsync(collection, "c", Sample("c1"));
        await store.TryReplaceAsync(collection, "a", Sample("a2"), a!);
        await store.UpsertAsync(collection, "b", Sample("b2"));
        await store.TryCreateAsync(collection, "c", Sample("c-refused"));

        var listed = await store.ListAsync<ContractDocument>(collection, 10);

        Assert.Equal(["b2", "a2", "c1"], listed.Select(d => d.Name));
    }

    [Fact]
    public async Task ListAsync_LimitBelowCount_ReturnsOnlyTheNewest()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        for (var i = 0; i < 7; i++)
        {
            await store.TryCreateAsync(collection, $"PO-{i}", Sample($"n{i}"));
        }

        var listed = await store.ListAsync<ContractDocument>(collection, 3);

        Assert.Equal(["n6", "n5", "n4"], listed.Select(d => d.Name));
    }

    [Fact]
    public async Task ListAsync_OtherCollectionsWritten_ReturnsOnlyThisCollection()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var other = NewCollection();
        await store.TryCreateAsync(collection, "PO-1", Sample("mine"));
        await store.TryCreateAsync(other, "PO-1", Sample("theirs"));
        await store.TryCreateAsync(other, "PO-2", Sample("theirs too"));

        var listed = await store.ListAsync<ContractDocument>(collection, 10);

        Assert.Equal(["mine"], listed.Select(d => d.Name));
    }

    [Fact]
    public async Task ListAsync_EmptyCollection_ReturnsEmpty()
    {
        var store = await GetStoreAsync();

        var listed = await store.ListAsync<ContractDocument>(NewCollection(), 10);

        Assert.Empty(listed);
    }

    [Fact]
    public async Task ListAsync_ValuesRoundTrip_SameAsGet()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var value = Sample("listed");
        await store.TryCreateAsync(collection, "a/b?c#d", value);

        var listed = await store.ListAsync<ContractDocument>(collection, 1);

        AssertSame(value, Assert.Single(listed));
    }

    [Fact]
    public async Task TryCreateAsync_SameIdInTwoCollections_KeepsThemApart()
    {
        var store = await GetStoreAsync();
        var first = NewCollection();
        var second = NewCollection();

        var one = await store.TryCreateAsync(first, "PO-1", Sample("one"));
        var two = await store.TryCreateAsync(second, "PO-1", Sample("two"));

        Assert.NotNull(one);
        Assert.NotNull(two);
        Assert.Equal("one", (await store.GetAsync<ContractDocument>(first, "PO-1"))!.Value.Name);
        Assert.Equal("two", (await store.GetAsync<ContractDocument>(second, "PO-1"))!.Value.Name);
    }

    [Fact]
    public async Task DeleteWrittenBeforeAsync_OlderAndNewerDocuments_DeletesOnlyTheOlder()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var other = NewCollection();
        await store.TryCreateAsync(collection, "old-1", Sample("old-1"));
        await store.UpsertAsync(collection, "old-2", Sample("old-2"));
        await store.TryCreateAsync(other, "old-1", Sample("elsewhere"));
        var cutoff = await AfterAClockTickAsync();
        await store.TryCreateAsync(collection, "new-1", Sample("new-1"));

        var deleted = await store.DeleteWrittenBeforeAsync(collection, cutoff, 100);

        Assert.Equal(2, deleted);
        Assert.Null(await store.GetAsync<ContractDocument>(collection, "old-1"));
        Assert.Null(await store.GetAsync<ContractDocument>(collection, "old-2"));
        Assert.NotNull(await store.GetAsync<ContractDocument>(collection, "new-1"));
        Assert.NotNull(await store.GetAsync<ContractDocument>(other, "old-1"));
    }

    [Fact]
    public async Task DeleteWrittenBeforeAsync_ReplacedSinceCutoff_KeepsTheDocument()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var etag = await store.TryCreateAsync(collection, "PO-1", Sample("first"));
        var cutoff = await AfterAClockTickAsync();
        await store.TryReplaceAsync(collection, "PO-1", Sample("second"), etag!);

        var deleted = await store.DeleteWrittenBeforeAsync(collection, cutoff, 100);

        Assert.Equal(0, deleted);
        Assert.Equal("second", (await store.GetAsync<ContractDocument>(collection, "PO-1"))!.Value.Name);
    }

    [Fact]
    public async Task DeleteWrittenBeforeAsync_MoreThanLimit_DeletesLimitThenTheRest()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        for (var i = 0; i < 5; i++)
        {
            await store.TryCreateAsync(collection, $"PO-{i}", Sample($"PO-{i}"));
        }

        var cutoff = await AfterAClockTickAsync();

        var first = await store.DeleteWrittenBeforeAsync(collection, cutoff, 3);
        var second = await store.DeleteWrittenBeforeAsync(collection, cutoff, 3);
        var third = await store.DeleteWrittenBeforeAsync(collection, cutoff, 3);

        Assert.Equal([3, 2, 0], [first, second, third]);
        Assert.Empty(await store.ListAsync<ContractDocument>(collection, 10));
    }

    [Theory]
    [MemberData(nameof(TrickyIds))]
    public async Task TryCreateAsync_TrickyId_RoundTripsAndReplaces(string id)
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();

        var created = await store.TryCreateAsync(collection, id, Sample(id));
        var read = await store.GetAsync<ContractDocument>(collection, id);
        var replaced = await store.TryReplaceAsync(collection, id, Sample("replaced"), read!.ETag);
        var again = await store.TryCreateAsync(collection, id, Sample("again"));

        Assert.NotNull(created);
        Assert.Equal(id, read.Value.Name);
        Assert.NotNull(replaced);
        Assert.Null(again);
        Assert.Equal("replaced", (await store.GetAsync<ContractDocument>(collection, id))!.Value.Name);
    }

    [Fact]
    public async Task TryCreateAsync_AllTrickyIdsInOneCollection_NoneCollides()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var ids = TrickyIdValues;

        var created = new List<string?>();
        foreach (var id in ids)
        {
            created.Add(await store.TryCreateAsync(collection, id, Sample(id)));
        }

        Assert.All(created, Assert.NotNull);
        foreach (var id in ids)
        {
            Assert.Equal(id, (await store.GetAsync<ContractDocument>(collection, id))!.Value.Name);
        }

        Assert.Equal(ids.Length, (await store.ListAsync<ContractDocument>(collection, 100)).Count);
    }

    [Fact]
    public async Task TryReplaceAsync_16WritersWithSameETag_ExactlyOneWins()
    {
        var store = await GetStoreAsync();
        var collection = NewCollection();
        var etag = await store.TryCreateAsync(collection, "PO-1", Sample("start"));
        var barrier = new Barrier(Racers);
        var results = new string?[Racers];
        var failures = new List<Exception>();

        // Threads, not tasks: a store that completes synchronously would otherwise run the writers one by one.
        var threads = Enumerable.Range(0, Racers).Select(w => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                results[w] = store.TryReplaceAsync(collection, "PO-1", Sample($"writer-{w}"), etag!)
                    .GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                lock (failures)
                {
                    failures.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        var winner = Assert.Single(Enumerable.Range(0, Racers), w => results[w] is not null);
        var stored = await store.GetAsync<ContractDocument>(collection, "PO-1");
        Assert.Equal($"writer-{winner}", stored!.Value.Name);
        Assert.Equal(results[winner], stored.ETag);
    }

    /// <summary>
    /// A cutoff after every write so far and before every later one: the stores stamp writes with the system clock
    /// at millisecond grain, so a short pause on either side keeps the two apart.
    /// </summary>
    private static async Task<DateTimeOffset> AfterAClockTickAsync()
    {
        await Task.Delay(20);
        var cutoff = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        return cutoff;
    }

    /// <summary>A collection no other test writes to.</summary>
    protected static string NewCollection() => $"contract-{Guid.NewGuid():N}";

    protected static ContractDocument Sample(string name) => new(
        name,
        12345678.123456789m,
        new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(5.5)).AddTicks(5_897_931),
        ["urgent", "d\u00e9p\u00f4t", string.Empty],
        [new ContractLine("SKU-1", 3m, 0.1m), new ContractLine("SKU/2", 2.500m, 19.999999999999999999m)]);

    private static void AssertSame(ContractDocument expected, ContractDocument actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(
            expected.Amount.ToString(CultureInfo.InvariantCulture),
            actual.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.At, actual.At);
        Assert.Equal(expected.At.Offset, actual.At.Offset);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(
            expected.Lines.Select(l => l.UnitCost.ToString(CultureInfo.InvariantCulture)),
            actual.Lines.Select(l => l.UnitCost.ToString(CultureInfo.InvariantCulture)));
    }
}
