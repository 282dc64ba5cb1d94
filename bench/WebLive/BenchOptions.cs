using Samspill.Web.Tests.Infrastructure;

namespace Samspill.Bench.WebLive;

/// <summary>Command-line options of the bench.</summary>
public sealed record BenchOptions(int Events, int Warmup, int Loads, bool Azurite, string OutFile)
{
    public static BenchOptions Parse(string[] args)
    {
        var events = 120;
        var warmup = 10;
        var loads = 10;
        var azurite = false;
        var outFile = Path.Combine(Repository.Root, "bench", "results", "web-live.md");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--events": events = Math.Clamp(int.Parse(args[++i]), 1, 2000); break;
                case "--warmup": warmup = Math.Clamp(int.Parse(args[++i]), 0, 200); break;
                case "--loads": loads = Math.Clamp(int.Parse(args[++i]), 1, 100); break;
                case "--azurite": azurite = true; break;
                case "--out": outFile = args[++i]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --events N --warmup N --loads N --azurite --out FILE");
            }
        }
        return new BenchOptions(events, warmup, loads, azurite, outFile);
    }

    public string Command =>
        "dotnet run --project bench/WebLive -c Release" + (Events != 120 ? $" -- --events {Events}" : "") + (Azurite ? " --azurite" : "");
}
