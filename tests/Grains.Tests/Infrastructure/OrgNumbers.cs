using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>Hands out valid organisation numbers (modulus-11), each once per test run, so tests never share a supplier.</summary>
public static class OrgNumbers
{
    private static int _next = 91_000_000;

    public static string Next()
    {
        while (true)
        {
            var candidate = Interlocked.Increment(ref _next).ToString("D8");
            for (var check = 0; check <= 9; check++)
            {
                var org = candidate + check;
                if (Identifiers.IsValidOrganisationNumber(org)) return org;
            }
        }
    }
}
