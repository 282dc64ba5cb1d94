using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// The overview is shared by every test in the cluster, so these tests compare it before and after their own
/// steps (tests in a collection run one at a time).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ProgrammeOverviewTests(ClusterFixture fx)
{
    private Task<ProgrammeOverview> Overview() =>
        fx.As(Callers.Programme, c => c.GetGrain<IProgrammeOverviewGrain>(0).GetOverview());

    private static int Phase(ProgrammeOverview o, ConsortiumPhase phase) => o.ConsortiaByPhase.Single(p => p.Phase == phase).Count;

    private static CountyActivity County(ProgrammeOverview o, string municipality) =>
        o.ByCounty.Single(c => c.County == TestCatalog.Instance.Municipality(municipality)!.CountyNumber);

    [Fact]
    public async Task Counts_follow_publishing_joining_leaving_withdrawing_and_cancelling()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var leadSmall = TestCatalog.Instance.Municipality(lead)!.SmallDistrict ? 1 : 0;
        var start = await Overview();
        Assert.Equal((357, 212), (start.MunicipalityCount, start.SmallDistrictMunicipalities));

        var need = await fx.PublishNeed(lead);
        var published = await Overview();
        Assert.Equal(start.NeedCount + 1, published.NeedCount);
        Assert.Equal(start.ActiveMunicipalities + 1, published.ActiveMunicipalities);
        Assert.Equal(start.ActiveSmallDistrictMunicipalities + leadSmall, published.ActiveSmallDistrictMunicipalities);
        Assert.Equal(County(start, lead).Needs + 1, County(published, lead).Needs);

        var id = await fx.CreateConsortium(lead);
        var created = await Overview();
        Assert.Equal(Phase(published, ConsortiumPhase.Forming) + 1, Phase(created, ConsortiumPhase.Forming));
        Assert.Equal(published.ActiveMunicipalities, created.ActiveMunicipalities);

        await fx.Join(id, lead, member);
        var joined = await Overview();
        Assert.Equal(created.ActiveMunicipalities + 1, joined.ActiveMunicipalities);
        Assert.Equal(created.NeedCount, joined.NeedCount);

        await fx.Consortium(id, member, g => g.Leave());
        var left = await Overview();
        Assert.Equal(created.ActiveMunicipalities, left.ActiveMunicipalities);

        await fx.Own(lead, g => g.WithdrawNeed(need.Id));
        var withdrawn = await Overview();
        Assert.Equal(start.NeedCount, withdrawn.NeedCount);
        // Still active: it leads a consortium.
        Assert.Equal(left.ActiveMunicipalities, withdrawn.ActiveMunicipalities);

        await fx.Advance(id, lead, ConsortiumPhase.Cancelled);
        var cancelled = await Overview();
        Assert.Equal(Phase(start, ConsortiumPhase.Forming), Phase(cancelled, ConsortiumPhase.Forming));
        Assert.Equal(Phase(start, ConsortiumPhase.Cancelled) + 1, Phase(cancelled, ConsortiumPhase.Cancelled));
        Assert.Equal(start.ActiveMunicipalities, cancelled.ActiveMunicipalities);
        Assert.Equal(start.ActiveSmallDistrictMunicipalities, cancelled.ActiveSmallDistrictMunicipalities);
        Assert.Equal(County(start, lead).ActiveMunicipalities, County(cancelled, lead).ActiveMunicipalities);
    }

    [Fact]
    public async Task Consortia_move_between_phase_counts_as_they_advance()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var need = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, need.Id);
        await fx.Join(id, lead, member);
        var before = await Overview();

        await fx.Advance(id, lead, ConsortiumPhase.NeedsClarification);
        await fx.Advance(id, lead, ConsortiumPhase.MarketDialogue);
        var after = await Overview();

        Assert.Equal(Phase(before, ConsortiumPhase.Forming) - 1, Phase(after, ConsortiumPhase.Forming));
        Assert.Equal(Phase(before, ConsortiumPhase.NeedsClarification), Phase(after, ConsortiumPhase.NeedsClarification));
        Assert.Equal(Phase(before, ConsortiumPhase.MarketDialogue) + 1, Phase(after, ConsortiumPhase.MarketDialogue));
        Assert.Equal(before.ConsortiaByPhase.Sum(p => p.Count), after.ConsortiaByPhase.Sum(p => p.Count));
    }

    [Fact]
    public async Task Closing_a_consortium_ends_its_members_activity_but_not_their_needs()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);
        await fx.Join(id, lead, member);
        var memberNeed = await fx.PublishNeed(member);
        var active = await Overview();

        // Cancel instead of walking all phases: both end a consortium the same way for activity.
        await fx.Advance(id, lead, ConsortiumPhase.Cancelled);
        var closed = await Overview();

        // The lead had nothing but the consortium; the member still has a published need.
        Assert.Equal(active.ActiveMunicipalities - 1, closed.ActiveMunicipalities);
        Assert.Equal(active.NeedCount, closed.NeedCount);
        var membership = Assert.Single(await fx.Own(lead, g => g.GetMemberships()));
        Assert.False(membership.ConsortiumActive);
        Assert.NotNull(await fx.Own(member, g => g.GetNeed(memberNeed.Id)));
    }

    [Fact]
    public async Task Only_programme_staff_read_the_overview()
    {
        var grain = fx.Client.GetGrain<IProgrammeOverviewGrain>(0);
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Municipality(Kommuner.Next()), _ => grain.GetOverview()));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier("923609016"), _ => grain.GetOverview()));
        await Refused.With(ErrorCodes.Unauthenticated, () => fx.As(Callers.Anonymous, _ => grain.GetOverview()));
    }
}
