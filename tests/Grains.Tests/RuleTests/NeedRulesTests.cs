using Samspill.Grains.Common;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Validation and state changes of a need: publish, update, withdraw, pool and release.</summary>
public sealed class NeedRulesTests
{
    private const string Municipality = "4601";
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Now.AddHours(2);

    private static readonly PublishNeedCommand Valid = new()
    {
        Title = "Digital tilsyn", Description = "Sensors for home care", Cpv = ["48100000-9"],
        Category = ProcurementCategory.Goods, EstimatedValueNok = 900_000,
        NeededFrom = new DateOnly(2026, 1, 1), NeededTo = new DateOnly(2026, 12, 31),
    };

    private static NeedRecord Publish(PublishNeedCommand cmd) =>
        NeedRules.Publish(cmd, Municipality, NeedIds.New(Municipality), TestCatalog.Instance, Now);

    private static DomainException Refused(PublishNeedCommand cmd, string field, string? rule = null)
    {
        var ex = Assert.Throws<DomainException>(() => Publish(cmd));
        Assert.Equal((ErrorCodes.ValidationFailed, field, rule), (ex.Code, ex.Field, ex.Rule));
        return ex;
    }

    private static NeedRecord Pooled(NeedStage stage = NeedStage.Identified, string consortium = "c-1")
    {
        var need = Publish(Valid);
        if (stage != NeedStage.Identified) need = NeedRules.Update(need, new UpdateNeedCommand { Id = need.Id, Stage = stage }, TestCatalog.Instance, Now);
        return NeedRules.Pool(need, consortium, Now);
    }

    // ---- publishing ----

    [Fact]
    public void A_valid_need_is_published_as_identified_and_unpooled()
    {
        var need = Publish(Valid);

        Assert.Equal(Municipality, need.Municipality);
        Assert.StartsWith($"{Municipality}-", need.Id);
        Assert.Equal(Municipality, NeedIds.MunicipalityOf(need.Id));
        Assert.Equal(NeedStage.Identified, need.Stage);
        Assert.Null(need.ConsortiumId);
        Assert.Equal(["48100000-9"], need.Cpv);
        Assert.Equal((Now, Now), (need.CreatedAt, need.UpdatedAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("  ab \t ")]
    [InlineData("tab\u0000null")]
    public void Titles_shorter_than_three_characters_or_with_control_characters_are_refused(string? title) =>
        Refused(Valid with { Title = title }, "title");

    [Fact]
    public void Titles_from_3_to_200_characters_are_accepted_and_trimmed()
    {
        Assert.Equal("abc", Publish(Valid with { Title = "  abc  " }).Title);
        Assert.Equal(200, Publish(Valid with { Title = new string('t', 200) }).Title.Length);
        Refused(Valid with { Title = new string('t', 201) }, "title");
    }

    [Fact]
    public void Descriptions_may_be_empty_and_up_to_10000_characters()
    {
        Assert.Equal("", Publish(Valid with { Description = null }).Description);
        Assert.Equal(10_000, Publish(Valid with { Description = new string('d', 10_000) }).Description.Length);
        Assert.Equal("line one\nline two", Publish(Valid with { Description = "line one\nline two" }).Description);
        Refused(Valid with { Description = new string('d', 10_001) }, "description");
    }

    [Fact]
    public void At_least_one_CPV_code_is_required()
    {
        Refused(Valid with { Cpv = null }, "cpv");
        Refused(Valid with { Cpv = [] }, "cpv");
    }

    [Theory]
    [InlineData("48100000")]
    [InlineData("48100000-0")]
    [InlineData("48100000-99")]
    [InlineData("99999999-9")]
    [InlineData("481000009")]
    [InlineData("")]
    [InlineData("Software")]
    public void CPV_codes_must_exist_with_their_check_digit(string code) =>
        Refused(Valid with { Cpv = ["72000000-5", code] }, "cpv", Rules.ValidIdentifiers);

    [Fact]
    public void At_most_20_CPV_codes_are_accepted()
    {
        var codes = TestCatalog.Instance.Cpv.Where(c => c.Code.StartsWith("48")).Select(c => c.Code).Take(21).ToList();
        Assert.Equal(20, Publish(Valid with { Cpv = codes.Take(20).ToList() }).Cpv.Count);
        Refused(Valid with { Cpv = codes }, "cpv");
    }

    [Fact]
    public void Repeated_CPV_codes_are_kept_once_in_their_first_order()
    {
        var need = Publish(Valid with { Cpv = ["72000000-5", "48100000-9", " 72000000-5 ", "48100000-9"] });
        Assert.Equal(["72000000-5", "48100000-9"], need.Cpv);
    }

    [Fact]
    public void The_estimated_value_is_optional_and_never_negative()
    {
        Assert.Null(Publish(Valid with { EstimatedValueNok = null }).EstimatedValueNok);
        Assert.Equal(0, Publish(Valid with { EstimatedValueNok = 0 }).EstimatedValueNok);
        Assert.Equal(NeedRules.MaxValueNok, Publish(Valid with { EstimatedValueNok = NeedRules.MaxValueNok }).EstimatedValueNok);
        Refused(Valid with { EstimatedValueNok = -1 }, "estimatedValueNok");
        Refused(Valid with { EstimatedValueNok = NeedRules.MaxValueNok + 1 }, "estimatedValueNok");
    }

    [Fact]
    public void NeededTo_may_not_come_before_neededFrom()
    {
        var day = new DateOnly(2026, 5, 1);
        Assert.NotNull(Publish(Valid with { NeededFrom = day, NeededTo = day }));
        Assert.NotNull(Publish(Valid with { NeededFrom = day, NeededTo = null }));
        Assert.NotNull(Publish(Valid with { NeededFrom = null, NeededTo = day }));
        Refused(Valid with { NeededFrom = day, NeededTo = day.AddDays(-1) }, "neededTo");
    }

    [Fact]
    public void Dates_must_lie_between_2000_and_2100()
    {
        Assert.NotNull(Publish(Valid with { NeededFrom = new DateOnly(2000, 1, 1), NeededTo = new DateOnly(2100, 12, 31) }));
        Refused(Valid with { NeededFrom = new DateOnly(1999, 12, 31) }, "neededFrom");
        Refused(Valid with { NeededFrom = new DateOnly(2101, 1, 1), NeededTo = null }, "neededFrom");
        Refused(Valid with { NeededTo = new DateOnly(2101, 1, 1) }, "neededTo");
        Refused(Valid with { NeededFrom = DateOnly.MinValue, NeededTo = null }, "neededFrom");
    }

    [Fact]
    public void Unknown_category_or_visibility_values_are_refused()
    {
        Refused(Valid with { Category = (ProcurementCategory)7 }, "category");
        Refused(Valid with { Visibility = (NeedVisibility)9 }, "visibility");
    }

    // ---- updating ----

    [Fact]
    public void An_update_changes_only_the_fields_it_names()
    {
        var need = Publish(Valid);
        var updated = NeedRules.Update(need, new UpdateNeedCommand { Id = need.Id, Title = "Digital tilsyn natt", Stage = NeedStage.Clarified }, TestCatalog.Instance, Later);

        Assert.Equal("Digital tilsyn natt", updated.Title);
        Assert.Equal(NeedStage.Clarified, updated.Stage);
        Assert.Equal(need.Cpv, updated.Cpv);
        Assert.Equal(need.EstimatedValueNok, updated.EstimatedValueNok);
        Assert.Equal(need.Description, updated.Description);
        Assert.Equal((Now, Later), (updated.CreatedAt, updated.UpdatedAt));
    }

    [Fact]
    public void An_update_is_validated_like_a_publication()
    {
        var need = Publish(Valid);
        DomainException Refuse(UpdateNeedCommand cmd) => Assert.Throws<DomainException>(() => NeedRules.Update(need, cmd, TestCatalog.Instance, Later));

        Assert.Equal("title", Refuse(new() { Id = need.Id, Title = "x" }).Field);
        Assert.Equal("cpv", Refuse(new() { Id = need.Id, Cpv = ["72000000-4"] }).Field);
        Assert.Equal("cpv", Refuse(new() { Id = need.Id, Cpv = [] }).Field);
        Assert.Equal("estimatedValueNok", Refuse(new() { Id = need.Id, EstimatedValueNok = -5 }).Field);
        // Only the end is given, but it falls before the stored start.
        Assert.Equal("neededTo", Refuse(new() { Id = need.Id, NeededTo = new DateOnly(2025, 12, 31) }).Field);
        Assert.Equal("visibility", Refuse(new() { Id = need.Id, Visibility = (NeedVisibility)5 }).Field);
    }

    [Theory]
    [InlineData(NeedStage.InConsortium)]
    [InlineData(NeedStage.Withdrawn)]
    public void An_update_cannot_set_the_stages_that_have_their_own_actions(NeedStage stage)
    {
        var need = Publish(Valid);
        var ex = Assert.Throws<DomainException>(() => NeedRules.Update(need, new UpdateNeedCommand { Id = need.Id, Stage = stage }, TestCatalog.Instance, Later));
        Assert.Equal((ErrorCodes.ValidationFailed, "stage"), (ex.Code, ex.Field));
    }

    [Fact]
    public void A_withdrawn_need_cannot_be_updated()
    {
        var need = NeedRules.Withdraw(Publish(Valid), Now);
        var ex = Assert.Throws<DomainException>(() => NeedRules.Update(need, new UpdateNeedCommand { Id = need.Id, Title = "Again" }, TestCatalog.Instance, Later));
        Assert.Equal((ErrorCodes.ValidationFailed, "id"), (ex.Code, ex.Field));
    }

    [Fact]
    public void A_pooled_needs_CPV_value_and_stage_are_fixed()
    {
        var need = Pooled();
        UpdateNeedCommand[] scopeChanges =
        [
            new() { Id = need.Id, Cpv = ["72000000-5"] },
            new() { Id = need.Id, Cpv = need.Cpv },
            new() { Id = need.Id, EstimatedValueNok = 5_000_000 },
            new() { Id = need.Id, Stage = NeedStage.Identified },
            new() { Id = need.Id, Stage = NeedStage.Clarified },
            new() { Id = need.Id, Title = "Harmless", EstimatedValueNok = 1 },
        ];
        foreach (var cmd in scopeChanges)
        {
            var ex = Assert.Throws<DomainException>(() => NeedRules.Update(need, cmd, TestCatalog.Instance, Later));
            Assert.Equal((ErrorCodes.RuleViolation, Rules.NeedPooled), (ex.Code, ex.Rule));
        }
    }

    [Fact]
    public void A_pooled_need_may_still_be_reworded()
    {
        var need = Pooled();
        var updated = NeedRules.Update(need, new UpdateNeedCommand { Id = need.Id, Title = "Clearer title", Visibility = NeedVisibility.Public }, TestCatalog.Instance, Later);
        Assert.Equal(("Clearer title", NeedVisibility.Public, NeedStage.InConsortium, "c-1"), (updated.Title, updated.Visibility, updated.Stage, updated.ConsortiumId));
    }

    // ---- withdrawing ----

    [Fact]
    public void Withdrawing_is_idempotent()
    {
        var withdrawn = NeedRules.Withdraw(Publish(Valid), Later);
        Assert.Equal(NeedStage.Withdrawn, withdrawn.Stage);
        Assert.Same(withdrawn, NeedRules.Withdraw(withdrawn, Later.AddHours(1)));
    }

    [Fact]
    public void A_pooled_need_cannot_be_withdrawn()
    {
        var ex = Assert.Throws<DomainException>(() => NeedRules.Withdraw(Pooled(), Later));
        Assert.Equal((ErrorCodes.RuleViolation, Rules.NeedPooled), (ex.Code, ex.Rule));
    }

    // ---- pooling and releasing ----

    [Fact]
    public void Pooling_remembers_the_stage_to_return_to()
    {
        var need = Pooled(NeedStage.Clarified);
        Assert.Equal((NeedStage.InConsortium, NeedStage.Clarified, "c-1"), (need.Stage, need.StageBeforePooling, need.ConsortiumId));
    }

    [Fact]
    public void Pooling_into_the_same_consortium_again_changes_nothing()
    {
        var need = Pooled();
        Assert.Same(need, NeedRules.Pool(need, "c-1", Later));
    }

    [Fact]
    public void A_need_sits_in_at_most_one_consortium()
    {
        var need = Pooled();
        var ex = Assert.Throws<DomainException>(() => NeedRules.Pool(need, "c-2", Later));
        Assert.Equal((ErrorCodes.RuleViolation, Rules.OwnNeedOnly), (ex.Code, ex.Rule));
    }

    [Fact]
    public void A_withdrawn_need_cannot_be_pooled()
    {
        var ex = Assert.Throws<DomainException>(() => NeedRules.Pool(NeedRules.Withdraw(Publish(Valid), Now), "c-1", Later));
        Assert.Equal((ErrorCodes.ValidationFailed, "needId"), (ex.Code, ex.Field));
    }

    [Fact]
    public void Releasing_returns_the_need_to_its_stage_before_pooling_once()
    {
        var released = NeedRules.Release(Pooled(NeedStage.Clarified), "c-1", Later);
        Assert.Equal((NeedStage.Clarified, (string?)null, Later), (released.Stage, released.ConsortiumId, released.UpdatedAt));
        Assert.Same(released, NeedRules.Release(released, "c-1", Later.AddHours(1)));
    }

    [Fact]
    public void Another_consortium_cannot_release_the_need()
    {
        var need = Pooled();
        Assert.Same(need, NeedRules.Release(need, "c-2", Later));
    }

    [Fact]
    public void A_released_need_can_be_pooled_elsewhere_and_withdrawn()
    {
        var released = NeedRules.Release(Pooled(), "c-1", Later);
        Assert.Equal("c-2", NeedRules.Pool(released, "c-2", Later).ConsortiumId);
        Assert.Equal(NeedStage.Withdrawn, NeedRules.Withdraw(released, Later).Stage);
    }

    // ---- need ids ----

    [Theory]
    [InlineData("4601-0123456789abcdef", "4601")]
    [InlineData("0301-ab", "0301")]
    [InlineData("4601_0123456789abcdef", null)]
    [InlineData("46a1-0123", null)]
    [InlineData("4601-xyz", null)]
    [InlineData("4601-", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_need_id_names_its_municipality(string? id, string? municipality) =>
        Assert.Equal(municipality, NeedIds.MunicipalityOf(id));
}
