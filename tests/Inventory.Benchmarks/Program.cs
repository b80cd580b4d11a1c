using BenchmarkDotNet.Running;
using Inventory.Benchmarks.Planning;
using Inventory.Benchmarks.Stock;
using Inventory.Benchmarks.Sync;

// Load drivers measure throughput under concurrency, which BenchmarkDotNet's single-caller model does not;
// everything else goes through BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "store-load" => await StockStoreLoadDriver.RunAsync(args.Skip(1).ToArray()),
    "webhook-load" => await Inventory.Benchmarks.Webhooks.WebhookLoadDriver.RunAsync(args.Skip(1).ToArray()),
    "planning-load" => await PlanningLoadDriver.RunAsync(args.Skip(1).ToArray()),
    "sync-load" => await SyncLoadDriver.RunAsync(args.Skip(1).ToArray()),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(StockStoreLoadDriver).Assembly).Run(args);
    return 0;
}
