using Inventory.Core.Documents;
using Inventory.Embedded.Documents;
using Inventory.Embedded.Stock;
using Inventory.Testing.Documents;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Documents;

/// <summary>The shared document store contract, run against the SQLite adapter in a temporary folder.</summary>
public sealed class SqliteDocumentStoreContractTests : DocumentStoreContract, IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    private readonly SqliteDocumentStore _store;

    public SqliteDocumentStoreContractTests()
    {
        _store = new SqliteDocumentStore(Options.Create(new SqliteStoreOptions { DataDirectory = _directory }));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    protected override Task<IDocumentStore> GetStoreAsync() => Task.FromResult<IDocumentStore>(_store);
}
