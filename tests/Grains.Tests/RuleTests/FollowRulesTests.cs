using Samspill.Grains.Common;
using Samspill.Grains.Suppliers;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>What a supplier may follow and who hears an announcement, tried and broken without a cluster.</summary>
public sealed class FollowRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    /// <summary>An event of consortium "c1" led by Bodø (1804, county 18) with Narvik (1806), on software 48100000-9.</summary>
    private static readonly DialogueAudience Event = new("c1", ["1804", "1806"], ["18"], ["48100000-9"]);

    private static FollowRecord F(FollowKind kind, string value) => new(kind, value, Now);

    [Theory]
    [InlineData("48000000-8", true)]   // the division: its whole subtree
    [InlineData("48100000-9", true)]   // the code itself
    [InlineData("48110000-2", false)]  // a child of the event's code does not cover the parent
    [InlineData("72000000-5", false)]  // an unrelated division
    [InlineData("45000000-7", false)]
    public void A_CPV_follow_covers_its_whole_subtree_and_nothing_else(string followed, bool hears) =>
        Assert.Equal(hears, FollowRules.Hears([F(FollowKind.Cpv, followed)], Event));

    [Theory]
    [InlineData(FollowKind.Consortium, "c1", true)]
    [InlineData(FollowKind.Consortium, "c2", false)]
    [InlineData(FollowKind.Municipality, "1804", true)]
    [InlineData(FollowKind.Municipality, "1806", true)]
    [InlineData(FollowKind.Municipality, "1813", false)]
    [InlineData(FollowKind.County, "18", true)]
    [InlineData(FollowKind.County, "46", false)]
    public void Consortium_municipality_and_county_follows_cover_only_their_own(FollowKind kind, string value, bool hears) =>
        Assert.Equal(hears, FollowRules.Hears([F(kind, value)], Event));

    [Fact]
    public void A_supplier_following_nothing_related_hears_nothing() =>
        Assert.False(FollowRules.Hears([F(FollowKind.Cpv, "72000000-5"), F(FollowKind.County, "03"), F(FollowKind.Municipality, "4601")], Event));

    [Fact]
    public void Every_follow_that_can_hear_the_event_lives_in_one_of_the_indexes_it_asks()
    {
        var asked = FollowRules.IndexKeys(Event);
        foreach (var follow in new[] { F(FollowKind.Cpv, "48000000-8"), F(FollowKind.Cpv, "48100000-9"), F(FollowKind.Consortium, "c1"),
                     F(FollowKind.Municipality, "1806"), F(FollowKind.County, "18") })
        {
            Assert.True(FollowRules.Covers(follow, Event));
            Assert.Contains(FollowRules.IndexKey(follow.Kind, follow.Value), asked);
        }
        // A handful of index grains, never one per supplier.
        Assert.Equal(["cpv/48", "consortium/c1", "municipality/1804", "municipality/1806", "county/18"], asked);
    }

    [Theory]
    [InlineData(FollowKind.Cpv, "48000000-7")]   // wrong check digit
    [InlineData(FollowKind.Cpv, "12345678-9")]   // not in CPV 2008
    [InlineData(FollowKind.Municipality, "9999")]
    [InlineData(FollowKind.County, "99")]
    public void Identifiers_that_name_nothing_real_are_refused_as_VALID_IDENTIFIERS(FollowKind kind, string value)
    {
        var ex = Assert.Throws<DomainException>(() => FollowRules.Validate(kind, value, TestCatalog.Instance));
        Assert.Equal((ErrorCodes.ValidationFailed, Rules.ValidIdentifiers, "value"), (ex.Code, ex.Rule, ex.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    public void A_malformed_consortium_id_is_refused(string value)
    {
        var ex = Assert.Throws<DomainException>(() => FollowRules.Validate(FollowKind.Consortium, value, TestCatalog.Instance));
        Assert.Equal((ErrorCodes.ValidationFailed, "value"), (ex.Code, ex.Field));
    }

    [Fact]
    public void Following_twice_keeps_one_follow_and_unfollowing_removes_it()
    {
        var follows = new List<FollowRecord>();
        Assert.True(FollowRules.Follow(follows, FollowKind.Cpv, "48000000-8", Now));
        Assert.False(FollowRules.Follow(follows, FollowKind.Cpv, "48000000-8", Now));
        Assert.Single(follows);
        Assert.True(FollowRules.Unfollow(follows, FollowKind.Cpv, "48000000-8"));
        Assert.False(FollowRules.Unfollow(follows, FollowKind.Cpv, "48000000-8"));
        Assert.Empty(follows);
    }

    [Fact]
    public void The_number_of_follows_is_bounded()
    {
        var follows = TestCatalog.Instance.Cpv.Take(FollowRules.MaxFollows).Select(c => F(FollowKind.Cpv, c.Code)).ToList();
        Refusal.Expect(follows, f => FollowRules.Follow(f, FollowKind.County, "18", Now), ErrorCodes.ValidationFailed, field: "value");
    }

    [Fact]
    public void Only_the_supplier_itself_registers_and_its_name_is_validated()
    {
        var s = new SupplierState();
        Refusal.Expect(s, x => SupplierRules.Register(x, Callers.Supplier("974760673"), "923609016", "Acme AS", Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => SupplierRules.Register(x, Callers.Municipality("1804"), "923609016", "Acme AS", Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => SupplierRules.Register(x, Callers.Anonymous, "923609016", "Acme AS", Now), ErrorCodes.Unauthenticated);
        Refusal.Expect(s, x => SupplierRules.Register(x, Callers.Supplier("923609016"), "923609016", "A", Now), ErrorCodes.ValidationFailed, field: "name");
        Assert.True(SupplierRules.Register(s, Callers.Supplier("923609016"), "923609016", "  Acme AS ", Now));
        Assert.Equal("Acme AS", s.Name);
        Assert.False(SupplierRules.Register(s, Callers.Supplier("923609016"), "923609016", "Acme AS", Now.AddDays(1)));
        Assert.Equal(Now, s.RegisteredAt);
    }
}
