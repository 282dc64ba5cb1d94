using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.Tests.Resilience;

/// <summary>
/// The Idempotency-Key header on mutations: a retry with the same key, caller and request gets the first answer and
/// changes nothing twice; the same key with another caller or another request is refused as CONFLICT.
/// </summary>
public sealed class IdempotencyKeyTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Publish =
        "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES, estimatedValueNok: 500000 }) { id title } }";

    [Fact]
    public async Task The_same_key_caller_and_request_twice_publishes_once_and_answers_the_same()
    {
        var token = await app.MunicipalityToken("1804");
        var key = Guid.NewGuid().ToString();
        var before = await NeedCountAsync("1804", token);

        var first = await app.GraphQLAsync(Publish, new { t = "Trygghetsalarmer" }, token, key);
        var second = await app.GraphQLAsync(Publish, new { t = "Trygghetsalarmer" }, token, key);

        Assert.Equal(first.Ok()["publishNeed"]!["id"]!.GetValue<string>(), second.Ok()["publishNeed"]!["id"]!.GetValue<string>());
        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(before + 1, await NeedCountAsync("1804", token));
    }

    [Fact]
    public async Task Concurrent_attempts_with_one_key_publish_once()
    {
        var token = await app.MunicipalityToken("1806");
        var key = Guid.NewGuid().ToString();
        var before = await NeedCountAsync("1806", token);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.GraphQLAsync(Publish, new { t = "Samtidig" }, token, key)));

        Assert.Single(answers.Select(a => a.Ok()["publishNeed"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(before + 1, await NeedCountAsync("1806", token));
    }

    [Fact]
    public async Task The_same_key_from_another_caller_is_a_conflict_and_changes_nothing()
    {
        var bodo = await app.MunicipalityToken("1804");
        var oslo = await app.MunicipalityToken("0301");
        var key = Guid.NewGuid().ToString();
        (await app.GraphQLAsync(Publish, new { t = "Bodøs behov" }, bodo, key)).Ok();
        var before = await NeedCountAsync("0301", oslo);

        var other = await app.GraphQLAsync(Publish, new { t = "Bodøs behov" }, oslo, key);

        Assert.Equal("CONFLICT", other.ErrorCode);
        Assert.Equal("Idempotency-Key", other.ErrorField);
        Assert.Null(other.Data?["publishNeed"]);
        Assert.Equal(before, await NeedCountAsync("0301", oslo));
    }

    [Fact]
    public async Task The_same_key_with_other_input_is_a_conflict_and_changes_nothing()
    {
        var token = await app.MunicipalityToken("5001");
        var key = Guid.NewGuid().ToString();
        (await app.GraphQLAsync(Publish, new { t = "Først" }, token, key)).Ok();
        var before = await NeedCountAsync("5001", token);

        var changed = await app.GraphQLAsync(Publish, new { t = "Noe annet" }, token, key);

        Assert.Equal("CONFLICT", changed.ErrorCode);
        Assert.Equal(before, await NeedCountAsync("5001", token));
        Assert.DoesNotContain("Noe annet", await TitlesAsync("5001", token));
    }

    [Fact]
    public async Task A_refused_mutation_is_replayed_as_refused()
    {
        var token = await app.MunicipalityToken("4601");
        var key = Guid.NewGuid().ToString();
        const string bad = "mutation { publishNeed(input: { title: \"\", description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }";

        var first = await app.GraphQLAsync(bad, token: token, idempotencyKey: key);
        var second = await app.GraphQLAsync(bad, token: token, idempotencyKey: key);

        Assert.Equal("VALIDATION_FAILED", first.ErrorCode);
        Assert.Equal(first.Body.ToJsonString(), second.Body.ToJsonString());
        Assert.True(second.Replayed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("med mellomrom")]
    [InlineData("kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk")] // longer than the 200 allowed
    public async Task A_malformed_key_is_refused_before_anything_runs(string key)
    {
        var token = await app.MunicipalityToken("1103");
        var before = await NeedCountAsync("1103", token);

        var answer = await app.GraphQLAsync(Publish, new { t = "Avvist" }, token, key);

        Assert.Equal("VALIDATION_FAILED", answer.ErrorCode);
        Assert.Equal("Idempotency-Key", answer.ErrorField);
        Assert.Equal(before, await NeedCountAsync("1103", token));
    }

    [Fact]
    public async Task A_query_with_a_key_is_answered_fresh_each_time()
    {
        var token = await app.MunicipalityToken("1108");
        var key = Guid.NewGuid().ToString();
        const string query = "query { municipality(number: \"1108\") { needs { id } } }";
        var empty = await app.GraphQLAsync(query, token: token, idempotencyKey: key);
        (await app.GraphQLAsync(Publish, new { t = "Etterpå" }, token)).Ok();

        var after = await app.GraphQLAsync(query, token: token, idempotencyKey: key);

        Assert.False(after.Replayed);
        Assert.Equal(empty.Ok()["municipality"]!["needs"]!.AsArray().Count + 1, after.Ok()["municipality"]!["needs"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_publish_whose_answer_was_lost_finds_its_need_when_retried_with_the_key()
    {
        // The gateway's record of the key is gone with a silo, but the municipality stored the need: the retry reaches
        // the grain again with the same key, which lands on the same need instead of a second one.
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var key = Guid.NewGuid().ToString();
        CallerContext.Set(new Caller(CallerRole.Municipality, "3201", "test"));
        IdempotencyContext.Set(key);
        try
        {
            var grain = grains.GetGrain<IMunicipalityGrain>("3201");
            var command = new PublishNeedCommand { Title = "Tapt svar", Description = "d", Cpv = ["72000000-5"], Category = ProcurementCategory.Services };
            var first = await grain.PublishNeed(command);
            var retried = await grain.PublishNeed(command);

            Assert.Equal(first.Id, retried.Id);
            Assert.Single(await grain.GetNeeds(includeWithdrawn: true), n => n.Title == "Tapt svar");
        }
        finally
        {
            IdempotencyContext.Set(null);
        }
    }

    private async Task<int> NeedCountAsync(string number, string token) => (await TitlesAsync(number, token)).Count;

    private async Task<List<string>> TitlesAsync(string number, string token) =>
        (await app.GraphQLAsync("query($n: ID!) { municipality(number: $n) { needs(includeWithdrawn: true) { title } } }", new { n = number }, token))
            .Ok()["municipality"]!["needs"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
}
