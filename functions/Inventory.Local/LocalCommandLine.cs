namespace Inventory.Local;

/// <summary>
/// The local host's command line: <c>serve</c> (the default) runs the product on Kestrel with the embedded adapters;
/// further commands run the same use cases on demand.
/// </summary>
internal static class LocalCommandLine
{
    public const string Usage = """
        Inventory.Functions local host

        Usage:
          dotnet run --project functions/Inventory.Local [-- serve] [--urls URL] [--data-dir DIR]

        Commands:
          serve        Serve the product's routes (default). --urls defaults to http://127.0.0.1:7071,
                       --data-dir to ./.inventory (the SQLite stock store and the inbox). --fake-channels starts
                       stateful fakes of the five marketplaces on loopback and publishes to them (see
                       /api/fake-channels). --fake-channel-faults=SHARE (0 to 0.99, implies --fake-channels)
                       makes about that share of the fakes' inventory calls fail, a third each as injected
                       throttles (429 or Shopify THROTTLED), 503s and 3 s timeouts.
          generate     Fill a fresh data directory with a synthetic history, deterministic from its seed:
                       --skus N (500) --days D (120) --seed S (1) --locations L (2) [--last-day YYYY-MM-DD]
                       [--data-dir DIR]
          report       Roll up the days not yet rolled up and write the reorder and KPI reports with the daily
                       facts as the Power BI star schema (Parquet and CSV, one folder per date):
                       --as-of YYYY-MM-DD --out DIR [--data-dir DIR]
        Any other option of serve is passed to ASP.NET Core configuration, for example
        --Logging:LogLevel:Default=Warning.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = command == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];

        if (rest.Contains("--help") || rest.Contains("-h") || command is "help")
        {
            Console.WriteLine(Usage);
            return 0;
        }

        switch (command)
        {
            case "serve":
                await LocalHost.Build(rest).RunAsync().ConfigureAwait(false);
                return 0;

            case "generate":
                return await Guard(() => PlanningCommands.GenerateAsync(new CommandOptions(rest), TimeProvider.System))
                    .ConfigureAwait(false);

            case "report":
                return await Guard(() => PlanningCommands.ReportAsync(new CommandOptions(rest), TimeProvider.System))
                    .ConfigureAwait(false);

            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'.\n\n{Usage}").ConfigureAwait(false);
                return 2;
        }
    }

    private static async Task<int> Guard(Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync($"{error.Message}\n\n{Usage}").ConfigureAwait(false);
            return 2;
        }
    }
}
