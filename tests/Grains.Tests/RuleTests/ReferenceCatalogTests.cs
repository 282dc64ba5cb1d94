using Samspill.Grains.ReferenceData;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>The shipped municipalities, counties and CPV codes, and the small-district setting.</summary>
public sealed class ReferenceCatalogTests
{
    private static readonly ReferenceCatalog Catalog = TestCatalog.Instance;

    [Fact]
    public void It_holds_the_357_municipalities_and_15_counties_of_2024()
    {
        Assert.Equal(357, Catalog.Municipalities.Count);
        Assert.Equal(15, Catalog.Counties.Count);
        Assert.Equal(357, Catalog.Municipalities.Select(m => m.Number).Distinct().Count());
    }

    [Fact]
    public void Every_municipality_belongs_to_the_county_its_number_starts_with()
    {
        foreach (var m in Catalog.Municipalities)
        {
            Assert.Matches("^[0-9]{4}$", m.Number);
            Assert.Equal(m.Number[..2], m.CountyNumber);
            Assert.Contains(m.Number, Catalog.County(m.CountyNumber)!.MunicipalityNumbers);
            Assert.InRange(m.CentralityClass, 1, 6);
            Assert.True(m.Population > 0);
        }
        Assert.Equal(357, Catalog.Counties.Sum(c => c.MunicipalityNumbers.Count));
    }

    [Fact]
    public void Kommunenummer_keep_their_leading_zero()
    {
        Assert.Equal("03", Catalog.Municipality("0301")!.CountyNumber);
        Assert.Null(Catalog.Municipality("301"));
        Assert.Null(Catalog.Municipality("9999"));
        Assert.Null(Catalog.Municipality(null));
        Assert.Equal(["0301"], Catalog.County("03")!.MunicipalityNumbers);
    }

    [Fact]
    public void It_holds_the_9454_CPV_2008_codes()
    {
        Assert.Equal(9454, Catalog.Cpv.Count);
        Assert.All(Catalog.Cpv, c => Assert.Matches("^[0-9]{8}-[0-9]$", c.Code));
        Assert.Equal(9454, Catalog.Cpv.Select(c => c.Digits).Distinct().Count());
    }

    [Fact]
    public void A_CPV_code_is_found_only_with_its_check_digit()
    {
        var code = Catalog.CpvCode("48100000-9");
        Assert.NotNull(code);
        Assert.Equal("48100000", code.Digits);
        Assert.False(string.IsNullOrWhiteSpace(code.Label));

        Assert.Null(Catalog.CpvCode("48100000-0"));
        Assert.Null(Catalog.CpvCode("48100000"));
        Assert.Null(Catalog.CpvCode("48100001-9"));
        Assert.Null(Catalog.CpvCode(null));
    }

    [Fact]
    public void No_code_is_found_under_any_check_digit_but_its_own()
    {
        foreach (var code in Catalog.Cpv.Take(200))
        for (var digit = 0; digit <= 9; digit++)
        {
            var candidate = $"{code.Digits}-{digit}";
            Assert.Equal(candidate == code.Code, Catalog.CpvCode(candidate) is not null);
        }
    }

    [Fact]
    public void The_parent_is_the_nearest_existing_ancestor()
    {
        Assert.Equal("48000000-8", Catalog.CpvParent(Catalog.CpvCode("48100000-9")!)!.Code);
        Assert.Equal("48210000-3", Catalog.CpvParent(Catalog.CpvCode("48211000-0")!)!.Code);
        Assert.Equal("48217000-2", Catalog.CpvParent(Catalog.CpvCode("48217100-3")!)!.Code);
        Assert.Equal("30000000-9", Catalog.CpvParent(Catalog.CpvCode("30200000-1")!)!.Code);
        Assert.Null(Catalog.CpvParent(Catalog.CpvCode("48000000-8")!));
    }

    [Fact]
    public void Every_code_but_a_division_has_a_parent_in_its_subtree()
    {
        foreach (var code in Catalog.Cpv)
        {
            var parent = Catalog.CpvParent(code);
            if (CpvTree.SignificantPrefix(code.Code).Length == 2) { Assert.Null(parent); continue; }
            Assert.NotNull(parent);
            Assert.True(CpvTree.IsInSubtree(code.Code, parent.Code));
            Assert.True(CpvTree.SignificantPrefix(parent.Code).Length < CpvTree.SignificantPrefix(code.Code).Length);
        }
    }

    [Fact]
    public void Small_district_municipalities_are_those_of_centrality_class_5_and_6_by_default()
    {
        Assert.All(Catalog.Municipalities, m => Assert.Equal(m.CentralityClass >= 5, m.SmallDistrict));
        Assert.Equal(212, Catalog.Municipalities.Count(m => m.SmallDistrict));
    }

    [Fact]
    public void Small_district_follows_the_configured_classes()
    {
        var onlySix = new ReferenceCatalog(new ReferenceDataOptions { SmallDistrictCentralityClasses = [6] });
        Assert.All(onlySix.Municipalities, m => Assert.Equal(m.CentralityClass == 6, m.SmallDistrict));
        Assert.Equal(108, onlySix.Municipalities.Count(m => m.SmallDistrict));

        var none = new ReferenceCatalog(new ReferenceDataOptions { SmallDistrictCentralityClasses = [] });
        Assert.DoesNotContain(none.Municipalities, m => m.SmallDistrict);
    }
}
