using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>The CPV tree read off the digits: prefixes, subtrees and shared depth.</summary>
public sealed class CpvTreeTests
{
    [Theory]
    [InlineData("48000000-8", "48")]
    [InlineData("48100000-9", "481")]
    [InlineData("48210000-3", "4821")]
    [InlineData("48217100-3", "482171")]
    [InlineData("45211341-1", "45211341")]
    [InlineData("03000000-1", "03")]
    // Divisions ending in zero keep both their digits.
    [InlineData("30000000-9", "30")]
    [InlineData("90000000-7", "90")]
    public void The_significant_prefix_drops_trailing_zeros_but_keeps_the_division(string code, string prefix) =>
        Assert.Equal(prefix, CpvTree.SignificantPrefix(code));

    [Theory]
    [InlineData("48100000-9", "48000000-8", true)]
    [InlineData("48217100-3", "48210000-3", true)]
    [InlineData("48000000-8", "48000000-8", true)]
    [InlineData("48000000-8", "48100000-9", false)]
    [InlineData("48200000-0", "48100000-9", false)]
    [InlineData("30200000-1", "30000000-9", true)]
    [InlineData("31000000-6", "30000000-9", false)]
    [InlineData("03100000-2", "03000000-1", true)]
    public void A_code_lies_in_the_subtree_of_its_ancestors_only(string code, string ancestor, bool inside) =>
        Assert.Equal(inside, CpvTree.IsInSubtree(code, ancestor));

    [Theory]
    [InlineData("48211000-0", "48212000-7", 4)]
    [InlineData("48211000-0", "48311000-1", 2)]
    [InlineData("48211000-0", "48000000-8", 2)]
    [InlineData("48211000-0", "48211000-0", 5)]
    [InlineData("48211000-0", "72000000-5", 0)]
    [InlineData("30000000-9", "31000000-6", 1)]
    public void Shared_depth_counts_common_leading_digits_of_the_significant_prefixes(string a, string b, int depth)
    {
        Assert.Equal(depth, CpvTree.SharedDepth(a, b));
        Assert.Equal(depth, CpvTree.SharedDepth(b, a));
    }

    [Fact]
    public void The_division_is_the_first_two_digits() =>
        Assert.Equal("03", CpvTree.Division("03100000-2"));
}
