using Samspill.Grains.Capability;
using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

[Collection(ClusterCollection.Name)]
public sealed class CapabilityAssessmentTests(ClusterFixture fx)
{
    private IMunicipalityGrain Grain(Caller caller, string number) => fx.As(caller).GetGrain<IMunicipalityGrain>(number);

    [Fact]
    public async Task The_latest_assessment_is_the_municipality_capability_and_the_history_is_kept()
    {
        const string number = "1874";
        var first = await Grain(Callers.Municipality(number), number).SubmitCapabilityAssessment(CapabilityRulesTests.Complete(2));
        var second = await Grain(Callers.Municipality(number), number).SubmitCapabilityAssessment(CapabilityRulesTests.Complete(4));
        Assert.Equal(4.0, second.Average);

        var own = await Grain(Callers.Municipality(number), number).GetCapability();
        Assert.Equal(second.SubmittedAt, own!.SubmittedAt);
        Assert.Equal(second.Scores, own.Scores);
        var history = await Grain(Callers.Programme, number).GetCapabilityHistory();
        Assert.Equal([4.0, 2.0], history.Take(2).Select(h => h.Average));
        Assert.True(history[0].SubmittedAt >= history[1].SubmittedAt);
        Assert.Equal(first.SubmittedAt, history[1].SubmittedAt);

        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(number));
        Assert.Equal(4.0, (await Grain(Callers.Programme, number).GetCapability())!.Average);
    }

    [Fact]
    public async Task Other_municipalities_suppliers_and_anonymous_callers_see_no_assessment()
    {
        const string number = "1856";
        await Grain(Callers.Municipality(number), number).SubmitCapabilityAssessment(CapabilityRulesTests.Complete(3));
        foreach (var stranger in new[] { Callers.Municipality("1874"), Callers.Supplier("923609016"), Callers.Anonymous })
        {
            Assert.Null(await Grain(stranger, number).GetCapability());
            Assert.Empty(await Grain(stranger, number).GetCapabilityHistory());
        }
    }

    [Fact]
    public async Task Only_the_municipality_itself_submits()
    {
        const string number = "1867";
        var scores = CapabilityRulesTests.Complete();
        Assert.Equal(ErrorCodes.Forbidden, (await Refused(() => Grain(Callers.Municipality("1874"), number).SubmitCapabilityAssessment(scores))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Refused(() => Grain(Callers.Supplier("923609016"), number).SubmitCapabilityAssessment(scores))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Refused(() => Grain(Callers.Programme, number).SubmitCapabilityAssessment(scores))).Code);
        Assert.Equal(ErrorCodes.Unauthenticated, (await Refused(() => Grain(Callers.Anonymous, number).SubmitCapabilityAssessment(scores))).Code);
        Assert.Empty(await Grain(Callers.Programme, number).GetCapabilityHistory());
    }

    [Fact]
    public async Task A_refused_assessment_changes_nothing()
    {
        const string number = "1868";
        var own = Grain(Callers.Municipality(number), number);
        await own.SubmitCapabilityAssessment(CapabilityRulesTests.Complete(3));
        var incomplete = CapabilityRulesTests.Complete(5).Skip(1).ToList();
        var ex = await Refused(() => Grain(Callers.Municipality(number), number).SubmitCapabilityAssessment(incomplete));
        Assert.Equal((ErrorCodes.ValidationFailed, "scores"), (ex.Code, ex.Field));

        var history = await Grain(Callers.Municipality(number), number).GetCapabilityHistory();
        Assert.Single(history);
        Assert.Equal(3.0, history[0].Average);
    }

    [Fact]
    public async Task An_assessment_and_a_statistics_report_reach_the_programme_topic()
    {
        const string number = "1871";
        await Grain(Callers.Municipality(number), number).SubmitCapabilityAssessment(CapabilityRulesTests.Complete(4));
        await Grain(Callers.Municipality(number), number).ReportProcurementStatistics(2025, 40, 3);
        var recent = await fx.Client.GetGrain<ILiveTopicGrain>(LiveTopics.Programme).Recent(50);
        Assert.Contains(recent, e => e.Type == "CapabilityAssessed" && e.DataJson.Contains($"\"municipality\":\"{number}\""));
        Assert.Contains(recent, e => e.Type == "ProcurementStatisticsReported" && e.DataJson.Contains($"\"municipality\":\"{number}\""));
    }

    [Fact]
    public async Task A_statistics_report_replaces_the_year_and_a_refused_one_changes_nothing()
    {
        const string number = "1870";
        await Grain(Callers.Municipality(number), number).ReportProcurementStatistics(2024, 100, 3);
        await Grain(Callers.Municipality(number), number).ReportProcurementStatistics(2025, 80, 2);
        var corrected = await Grain(Callers.Municipality(number), number).ReportProcurementStatistics(2024, 100, 4);
        Assert.Equal([new(2024, 100, 4), new(2025, 80, 2)], corrected);

        var ex = await Refused(() => Grain(Callers.Municipality(number), number).ReportProcurementStatistics(2024, 10, 11));
        Assert.Equal((ErrorCodes.ValidationFailed, "innovative"), (ex.Code, ex.Field));
        Assert.Equal(ErrorCodes.Forbidden, (await Refused(() => Grain(Callers.Municipality("1874"), number).ReportProcurementStatistics(2024, 1, 0))).Code);
        Assert.Equal(corrected, await Grain(Callers.Programme, number).GetStatistics());
    }

    private static Task<DomainException> Refused(Func<Task> act) => Assert.ThrowsAsync<DomainException>(act);
}
