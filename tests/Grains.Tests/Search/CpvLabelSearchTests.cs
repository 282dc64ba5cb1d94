using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>CPV codes found by their Norwegian names with the search analysis.</summary>
public sealed class CpvLabelSearchTests
{
    private static readonly CpvLabelSearch Search = new(TestCatalog.Instance);

    [Theory]
    [InlineData("trygghetsalarm", "35121700-5")]   // part "alarm" of Alarmsystemer
    [InlineData("brøyting", "90620000-9")]
    [InlineData("snørydding", "90620000-9")]
    [InlineData("sykehjem", "85144100-1")]
    [InlineData("9062", "90620000-9")]             // by code prefix
    public void Finds_codes_by_their_norwegian_names(string text, string code) =>
        Assert.Contains(code, Search.Search(text, 50).Select(c => c.Code));

    [Fact]
    public void Nothing_for_empty_text() => Assert.Empty(Search.Search("  ", 20));
}
