using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Consortia;

/// <summary>AGGREGATED_VALUE through GraphQL: the regime follows the summed value of every pooled need and the category.</summary>
public sealed class ThresholdRegimeTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Lead = "1514";   // Sande
    private const string Member = "1515"; // Herøy

    private readonly ConsortiumDriver _d = new(app);

    [Theory]
    [InlineData("GOODS", 1_299_999, "BELOW_NATIONAL")]
    [InlineData("GOODS", 1_300_000, "NATIONAL")]
    [InlineData("GOODS", 2_299_999, "NATIONAL")]
    [InlineData("GOODS", 2_300_000, "EEA")]
    [InlineData("SERVICES", 2_300_000, "EEA")]
    [InlineData("WORKS", 2_300_000, "NATIONAL")]
    [InlineData("WORKS", 57_799_999, "NATIONAL")]
    [InlineData("WORKS", 57_800_000, "EEA")]
    public async Task The_regime_of_one_pooled_need_follows_the_configured_thresholds(string category, long value, string regime)
    {
        var need = await _d.PublishNeed(Lead, value, category, category == "WORKS" ? "45000000-7" : "33196200-2");
        var c = await _d.Create(Lead, need);
        var state = await _d.Read(Lead, c);
        Assert.Equal(value, state["combinedEstimatedValueNok"]!.GetValue<long>());
        Assert.Equal(regime, state["thresholdRegime"]!.GetValue<string>());
    }

    [Fact]
    public async Task Values_below_the_threshold_each_aggregate_into_the_EEA_regime_together_and_fall_back_when_a_member_leaves()
    {
        var c = await _d.Create(Lead, await _d.PublishNeed(Lead, 900_000));
        Assert.Equal("BELOW_NATIONAL", (await _d.Read(Lead, c))["thresholdRegime"]!.GetValue<string>());

        await _d.Join(Lead, c, Member);
        var pooled = (await _d.Pool(Member, c, await _d.PublishNeed(Member, 1_600_000))).Ok()["poolNeed"]!;
        Assert.Equal(2_500_000, pooled["combinedEstimatedValueNok"]!.GetValue<long>());
        Assert.Equal("EEA", pooled["thresholdRegime"]!.GetValue<string>());

        (await _d.Leave(Member, c)).Ok();
        var after = await _d.Read(Lead, c);
        Assert.Equal(900_000, after["combinedEstimatedValueNok"]!.GetValue<long>());
        Assert.Equal("BELOW_NATIONAL", after["thresholdRegime"]!.GetValue<string>());
    }

    [Fact]
    public async Task Works_carrying_most_of_the_value_use_the_works_threshold()
    {
        var c = await _d.Create(Lead, await _d.PublishNeed(Lead, 3_000_000, "WORKS", "45000000-7"));
        await _d.Join(Lead, c, Member);
        (await _d.Pool(Member, c, await _d.PublishNeed(Member, 1_000_000, "GOODS"))).Ok();
        var state = await _d.Read(Lead, c);
        Assert.Equal(4_000_000, state["combinedEstimatedValueNok"]!.GetValue<long>());
        Assert.Equal("NATIONAL", state["thresholdRegime"]!.GetValue<string>());
    }
}
