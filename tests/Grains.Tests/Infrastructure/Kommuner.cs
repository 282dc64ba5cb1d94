namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>
/// Hands out real kommunenummer, each once per test run, so tests sharing a cluster never touch the same
/// municipality grain (its needs, memberships and programme figures stay the test's own).
/// </summary>
public static class Kommuner
{
    // Used by SmokeTests, which publishes without asking for a number; 3401 by CallerRequiredFilterTests, which expects
    // it to have no needs.
    private static readonly HashSet<string> Reserved = ["5001", "0301", "3401"];
    private static readonly IReadOnlyList<string> Free =
        TestCatalog.Instance.Municipalities.Select(m => m.Number).Where(n => !Reserved.Contains(n)).ToList();
    private static int _next = -1;

    public static string Next()
    {
        var i = Interlocked.Increment(ref _next);
        if (i >= Free.Count) throw new InvalidOperationException("The tests used up all 357 municipalities.");
        return Free[i];
    }
}
