using System.Diagnostics;
using BenchmarkDotNet.Running;
using EmulationPortal.Application.Data;
using EmulationPortal.Benchmarks;
using EmulationPortal.Benchmarks.Generation;
using EmulationPortal.Benchmarks.Pledges;

// dotnet run -c Release --project tests/EmulationPortal.Benchmarks -- <command>
//   generate [--provider Sqlite|SqlServer] [--connection "..."] [--staff 100000] [--units 2000] [--criteria 10]
//            [--items-per-pledge 10] [--reports-per-item 3] [--reports-per-target 6]
//   bench    [BenchmarkDotNet arguments, e.g. --filter '*Dashboard*']   (database: $EMULATION_BENCH_DB or the temp folder)
//   burst    [--people 300] [--database file.db]
switch (args.FirstOrDefault())
{
    case "generate":
        var line = CommandOptions.Parse(args.Skip(1), [.. Scale.Options, "provider", "connection"]);
        var provider = Enum.Parse<DatabaseProvider>(line.Text("provider", nameof(DatabaseProvider.Sqlite)), ignoreCase: true);
        var connection = line.Text("connection", PortalServices.SqliteConnection(BenchDatabase.DefaultFile));
        var scale = Scale.From(line);
        Console.WriteLine($"Generating {scale} on {provider}");
        var clock = Stopwatch.StartNew();
        var counts = await DataGenerator.RunAsync(provider, connection, scale, Console.Out);
        Console.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:0.0} s:");
        foreach (var (table, rows) in counts)
        {
            Console.WriteLine($"  {table,-16} {rows,12:N0}");
        }

        return 0;
    case "bench":
        BenchmarkSwitcher.FromAssembly(typeof(BenchDatabase).Assembly).Run(args[1..]);
        return 0;
    case "burst":
        return await BurstCommand.RunAsync(CommandOptions.Parse(args.Skip(1), "people", "database"));
    default:
        Console.Error.WriteLine("Commands: generate, bench, burst (see Program.cs for their options).");
        return 2;
}
