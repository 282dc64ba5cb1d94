using Samspill.Grains.Capability;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

/// <summary>
/// A scripted season of activity in a cluster of its own: every overview figure is checked against
/// <see cref="SeasonModel"/>, before and after restarting the overview and municipality grains, through increments
/// and through withdrawals, departures, declines and cancellations.
/// </summary>
public sealed class ProgrammeSeasonTests(ClusterFixture fx) : IClassFixture<ClusterFixture>
{
    private static readonly ReferenceCatalog Catalog = new(new ReferenceDataOptions());
    private static readonly string[] CpvCodes = ["72000000-5", "33000000-0", "48000000-8", "85000000-9", "90000000-7"];
    private readonly SeasonModel _model = new(Catalog);
    private readonly Dictionary<string, List<string>> _needsOf = [];

    [Fact]
    public async Task Every_figure_matches_an_independent_count_through_a_season_and_restarts()
    {
        // Thirty municipalities, twelve of them small district ones, spread over the counties.
        var small = Catalog.Municipalities.Where(m => m.SmallDistrict).Where((_, i) => i % 9 == 0).Take(12);
        var others = Catalog.Municipalities.Where(m => !m.SmallDistrict).Where((_, i) => i % 7 == 0).Take(18);
        var m = small.Concat(others).Select(x => x.Number).ToArray();
        var year = DateTimeOffset.UtcNow.Year - 1;

        // Needs: two each, then withdrawals (m[5] withdraws both and has nothing left).
        for (var i = 0; i < m.Length; i++)
            for (var k = 0; k < 2; k++)
                await PublishNeed(m[i], (NeedVisibility)((i + k) % 3));
        for (var i = 0; i < 5; i++) await WithdrawNeed(m[i], _needsOf[m[i]][1]);
        await WithdrawNeed(m[5], _needsOf[m[5]][0]);
        await WithdrawNeed(m[5], _needsOf[m[5]][1]);

        // Consortia through their phases, with a decline, a departure and an invitation never answered.
        var c0 = await Create(m[6], pool: true);
        await Invite(c0, m[7], m[8], m[5]);
        await Respond(c0, m[7], true);
        await Respond(c0, m[8], false);
        await Respond(c0, m[5], true); // m[5] is active again, through its membership alone
        await Pool(c0, m[7]);
        await Advance(c0, ConsortiumPhase.NeedsClarification, ConsortiumPhase.MarketDialogue);

        var c1 = await Create(m[9], pool: true);
        await Invite(c1, m[10], m[11]);
        await Respond(c1, m[10], true);
        await Respond(c1, m[11], true);
        await Leave(c1, m[11]);

        var c2 = await Create(m[12], pool: true);
        await Invite(c2, m[13], m[14]);
        await Respond(c2, m[13], true);
        await Respond(c2, m[14], true);
        await Authorize(c2, m[13], m[14]);
        await Advance(c2, ConsortiumPhase.NeedsClarification, ConsortiumPhase.MarketDialogue, ConsortiumPhase.Competition, ConsortiumPhase.Contract);

        var c3 = await Create(m[15], pool: true);
        await Invite(c3, m[16]);
        await Respond(c3, m[16], true);
        await Authorize(c3, m[16]);
        await Advance(c3, ConsortiumPhase.NeedsClarification, ConsortiumPhase.MarketDialogue, ConsortiumPhase.Competition,
            ConsortiumPhase.Contract, ConsortiumPhase.BenefitRealisation, ConsortiumPhase.Completed);

        var c4 = await Create(m[17], pool: true);
        await Invite(c4, m[18]);
        await Respond(c4, m[18], true);
        await Advance(c4, ConsortiumPhase.NeedsClarification, ConsortiumPhase.MarketDialogue, ConsortiumPhase.Cancelled);

        await Create(m[19], pool: false);
        var c6 = await Create(m[20], pool: true);
        await Invite(c6, m[21]);
        var c7 = await Create(m[22], pool: true);
        await Invite(c7, m[0]);
        await Respond(c7, m[0], true);
        await Pool(c7, m[0]);

        // Statistics over three years, with a correction and a year of nothing.
        for (var i = 0; i < 10; i++)
        {
            await ReportStatistics(m[i], year - 1, 100 + i, i);
            await ReportStatistics(m[i], year, 50 + 2 * i, i + 1);
        }
        await ReportStatistics(m[0], year, 60, 9);
        await ReportStatistics(m[10], year, 0, 0);
        await ReportStatistics(m[11], year - 2, 10, 5);

        // Capability: eight municipalities, one of them twice (the latest counts).
        for (var i = 0; i < 8; i++) await Assess(m[i], d => (i + (int)d) % 5 + 1);
        await Assess(m[0], _ => 5);

        // Dialogue events as the dialogue grains report them: a cancellation and a late, older report.
        await ReportEvent(m[6], new DialogueEventActivity("e1", c0, false, 3, 1));
        await ReportEvent(m[6], new DialogueEventActivity("e2", c0, false, 2, 1));
        await ReportEvent(m[6], new DialogueEventActivity("e2", c0, true, 2, 2));
        await ReportEvent(m[6], new DialogueEventActivity("e1", c0, false, 9, 0));
        await ReportEvent(m[12], new DialogueEventActivity("e3", c2, false, 1, 4));

        // A refused withdrawal (the need is pooled) changes nothing.
        var refused = await Assert.ThrowsAsync<DomainException>(() => Municipality(m[6]).WithdrawNeed(_needsOf[m[6]][0]));
        Assert.Equal(Rules.NeedPooled, refused.Rule);

        await CheckAsync("after the first half");
        await RestartAsync(m);
        await CheckAsync("after a restart");

        // The second half takes things away.
        await Leave(c0, m[7]);
        await Leave(c0, m[5]);       // m[5] has no needs left: inactive again
        await Advance(c2, ConsortiumPhase.Cancelled);
        await Advance(c7, ConsortiumPhase.Cancelled);
        await Leave(c1, m[10]);
        await WithdrawNeed(m[1], _needsOf[m[1]][0]); // m[1] had withdrawn its other need: inactive
        await ReportStatistics(m[3], year, 200, 40);
        await Assess(m[1], _ => 1);
        await ReportEvent(m[12], new DialogueEventActivity("e3", c2, true, 1, 5));

        await CheckAsync("after the second half");
        await RestartAsync(m);
        await CheckAsync("after a second restart");
        await fx.Restart(fx.Client.GetGrain<IProgrammeOverviewGrain>(0));
        await CheckAsync("after restarting the overview alone");
    }

    private async Task CheckAsync(string when) =>
        _model.AssertMatches(await fx.As(Callers.Programme).GetGrain<IProgrammeOverviewGrain>(0).GetOverview(), when);

    private async Task RestartAsync(IEnumerable<string> municipalities)
    {
        await fx.Restart(fx.Client.GetGrain<IProgrammeOverviewGrain>(0));
        foreach (var number in municipalities) await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(number));
    }

    private IMunicipalityGrain Municipality(string number) =>
        fx.As(Callers.Municipality(number)).GetGrain<IMunicipalityGrain>(number);

    private IConsortiumGrain Consortium(string id, string caller) =>
        fx.As(Callers.Municipality(caller)).GetGrain<IConsortiumGrain>(id);

    private async Task PublishNeed(string number, NeedVisibility visibility)
    {
        var list = _needsOf.TryGetValue(number, out var l) ? l : _needsOf[number] = [];
        var need = await Municipality(number).PublishNeed(new PublishNeedCommand
        {
            Title = $"Need {list.Count + 1} of {number}", Description = "Scripted season", Cpv = [CpvCodes[list.Count % CpvCodes.Length]],
            Category = ProcurementCategory.Services, EstimatedValueNok = 250_000, Visibility = visibility,
        });
        list.Add(need.Id);
        (_model.Needs.TryGetValue(number, out var needs) ? needs : _model.Needs[number] = [])[need.Id] = false;
    }

    private async Task WithdrawNeed(string number, string needId)
    {
        await Municipality(number).WithdrawNeed(needId);
        _model.Needs[number][needId] = true;
    }

    private async Task<string> Create(string lead, bool pool)
    {
        var id = Guid.NewGuid().ToString("N");
        await Consortium(id, lead).Create($"Consortium led by {lead}", "Scripted season", pool ? _needsOf[lead][0] : null);
        _model.Consortia[id] = new SeasonModel.Consortium(lead);
        return id;
    }

    private async Task Invite(string id, params string[] invited)
    {
        foreach (var number in invited) await Consortium(id, _model.Consortia[id].Lead).Invite(number, null);
    }

    private async Task Respond(string id, string number, bool accept)
    {
        await Consortium(id, number).Respond(accept);
        if (accept) _model.Consortia[id].Joined.Add(number);
    }

    private Task Pool(string id, string number) => Consortium(id, number).PoolNeed(_needsOf[number][0]);

    private async Task Authorize(string id, params string[] members)
    {
        foreach (var number in members) await Consortium(id, number).RecordAuthorization($"Vedtak {number}");
    }

    private async Task Advance(string id, params ConsortiumPhase[] phases)
    {
        foreach (var phase in phases)
        {
            await Consortium(id, _model.Consortia[id].Lead).Advance(phase, null);
            _model.Consortia[id].Phase = phase;
        }
    }

    private async Task Leave(string id, string number)
    {
        await Consortium(id, number).Leave();
        _model.Consortia[id].Joined.Remove(number);
    }

    private async Task ReportStatistics(string number, int year, int total, int innovative)
    {
        await Municipality(number).ReportProcurementStatistics(year, total, innovative);
        (_model.Statistics.TryGetValue(number, out var years) ? years : _model.Statistics[number] = [])[year] = (total, innovative);
    }

    private async Task Assess(string number, Func<CapabilityDimension, int> score)
    {
        var scores = Enum.GetValues<CapabilityDimension>().Select(d => new CapabilityScore(d, score(d))).ToList();
        await Municipality(number).SubmitCapabilityAssessment(scores);
        _model.Capability[number] = scores.ToDictionary(s => s.Dimension, s => s.Score);
    }

    private readonly Dictionary<string, long> _eventVersions = [];

    /// <summary>As an event grain reports: to the county of its consortium's lead.</summary>
    private async Task ReportEvent(string lead, DialogueEventActivity report)
    {
        await fx.Client.GetGrain<IProgrammeCountyGrain>(Catalog.Municipality(lead)!.CountyNumber).ReportDialogueEvent(report);
        // The model keeps the newest version, as the script knows which report is newest.
        if (_eventVersions.TryGetValue(report.EventId, out var v) && v >= report.Version) return;
        _eventVersions[report.EventId] = report.Version;
        _model.DialogueEvents[report.EventId] = (report.Cancelled, report.ActiveRegistrations);
    }
}
