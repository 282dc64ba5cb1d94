using Samspill.Grains.Common;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Who sees a need, for each visibility and each kind of caller.</summary>
public sealed class NeedVisibilityRulesTests
{
    private const string Owner = "4601";

    public static TheoryData<NeedVisibility, string, bool> Table => new()
    {
        { NeedVisibility.Private, "own", true },
        { NeedVisibility.Private, "other municipality", false },
        { NeedVisibility.Private, "supplier", false },
        { NeedVisibility.Private, "programme", false },
        { NeedVisibility.Private, "anonymous", false },
        { NeedVisibility.Municipalities, "own", true },
        { NeedVisibility.Municipalities, "other municipality", true },
        { NeedVisibility.Municipalities, "supplier", false },
        { NeedVisibility.Municipalities, "programme", true },
        { NeedVisibility.Municipalities, "anonymous", false },
        { NeedVisibility.Public, "own", true },
        { NeedVisibility.Public, "other municipality", true },
        { NeedVisibility.Public, "supplier", true },
        { NeedVisibility.Public, "programme", true },
        { NeedVisibility.Public, "anonymous", true },
    };

    private static Caller Who(string who) => who switch
    {
        "own" => Callers.Municipality(Owner),
        "other municipality" => Callers.Municipality("1103"),
        "supplier" => Callers.Supplier("923609016"),
        "programme" => Callers.Programme,
        _ => Callers.Anonymous,
    };

    private static NeedRecord Need(NeedVisibility visibility) => new()
    {
        Id = $"{Owner}-0123456789abcdef", Municipality = Owner, Title = "Need", Description = "", Cpv = ["72000000-5"],
        Visibility = visibility,
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Who_sees_a_need(NeedVisibility visibility, string who, bool sees) =>
        Assert.Equal(sees, NeedVisibilityRules.CanSee(Need(visibility), Who(who)));

    [Fact]
    public void A_supplier_whose_organisation_number_looks_like_the_kommunenummer_is_not_the_municipality()
    {
        var lookalike = new Caller(CallerRole.Supplier, Owner, "Supplier");
        Assert.False(NeedVisibilityRules.CanSee(Need(NeedVisibility.Private), lookalike));
        Assert.False(NeedVisibilityRules.CanSee(Need(NeedVisibility.Municipalities), lookalike));
    }

    [Fact]
    public void An_unknown_visibility_value_shows_the_need_to_its_owner_only()
    {
        Assert.True(NeedVisibilityRules.CanSee(Need((NeedVisibility)9), Who("own")));
        Assert.False(NeedVisibilityRules.CanSee(Need((NeedVisibility)9), Who("programme")));
    }
}
