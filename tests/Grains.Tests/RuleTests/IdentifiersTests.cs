using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>The modulus-11 check of Norwegian organisation numbers.</summary>
public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("923609016")]
    [InlineData("974760673")]
    [InlineData("983887457")]
    public void Real_organisation_numbers_are_valid(string number) =>
        Assert.True(Identifiers.IsValidOrganisationNumber(number));

    [Theory]
    [InlineData("923609017")]
    [InlineData("923609010")]
    [InlineData("974760670")]
    [InlineData("974760674")]
    public void A_wrong_check_digit_is_refused(string number) =>
        Assert.False(Identifiers.IsValidOrganisationNumber(number));

    [Fact]
    public void Exactly_one_check_digit_fits_unless_the_remainder_is_10()
    {
        foreach (var prefix in new[] { "92360901", "97476067", "81234567", "99000000" })
        {
            var fitting = Enumerable.Range(0, 10).Count(d => Identifiers.IsValidOrganisationNumber(prefix + d));
            // Weighted sum of 99000000 is 45, remainder 1, so the check digit would have to be 10.
            Assert.Equal(prefix == "99000000" ? 0 : 1, fitting);
        }
    }

    [Theory]
    [InlineData("990000000")]
    [InlineData("990000001")]
    [InlineData("990000009")]
    public void Numbers_whose_check_digit_would_be_10_are_never_valid(string number) =>
        Assert.False(Identifiers.IsValidOrganisationNumber(number));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("92360901")]
    [InlineData("9236090160")]
    [InlineData(" 923609016")]
    [InlineData("923609016 ")]
    [InlineData("923 609 016")]
    [InlineData("92360901a")]
    [InlineData("-23609016")]
    [InlineData("９２３６０９０１６")]
    public void Anything_but_nine_ascii_digits_is_refused(string? number) =>
        Assert.False(Identifiers.IsValidOrganisationNumber(number));
}
