using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews.RuleSets;

/// <summary>
/// An admin corrects a rule set's numbers in place (never one a round used from its council on: that round must stay
/// explainable by the rules its frozen verdicts and quotas applied), or saves them as a new version with its own code and effective date, which rounds whose
/// reference day falls on or after it then pick. Audited either way (the book's before and after).
/// </summary>
public sealed class ReviseRuleSet(IDbContextFactory<PortalDbContext> dbFactory, IValidator<ReviseRuleSet.Request> validator) : IUseCase
{
    public sealed class Value
    {
        public string Key { get; set; } = string.Empty;

        /// <summary>As typed: a share in percent (80 for 80 %), an amount in đồng, a multiple, a number of years.</summary>
        public double? Number { get; set; }

        public bool Unconfirmed { get; set; }
    }

    public sealed class Request
    {
        public int Id { get; set; }
        public Guid Version { get; set; }
        public List<Value> Values { get; set; } = [];

        /// <summary>Saves a new rule set from the edited numbers and leaves this one as it was.</summary>
        public bool AsNewVersion { get; set; }

        public string Code { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public DateOnly? EffectiveFrom { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleForEach(r => r.Values).Must(v => v.Number is not null).WithErrorCode("ruleSet.value.required");
            RuleFor(r => r.Values).Must(v => v.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == v.Count).WithErrorCode("ruleSet.parameter.duplicate");
            When(r => r.AsNewVersion, () =>
            {
                this.RuleForTyped(r => r.Code).NotEmpty().WithErrorCode("ruleSet.code.required").MaximumLength(RuleSetLimits.CodeMaxLength).WithErrorCode("ruleSet.code.tooLong");
                this.RuleForTyped(r => r.Name).NotEmpty().WithErrorCode("ruleSet.name.required").MaximumLength(RuleSetLimits.NameMaxLength).WithErrorCode("ruleSet.name.tooLong");
                RuleFor(r => r.EffectiveFrom).NotNull().WithErrorCode("ruleSet.effectiveFrom.required");
            });
        }
    }

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<int>.From(Outcome.Invalid(validation));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var set = await db.RuleSets.SingleOrDefaultAsync(s => s.Id == request.Id, ct);
        if (set is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        db.ExpectVersion(set, request.Version);
        return await db.GuardAsync(async () =>
        {
            var book = RuleParameters.With(set.Book, Changes(set.Book, request.Values));
            var saved = request.AsNewVersion ? await AddVersionAsync(db, request, book, ct) : await ReviseAsync(db, set, book, ct);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(saved.Id);
        });
    }

    /// <summary>Typed values in the units the form shows (percent for shares) as the book's numbers (fractions).</summary>
    private static Dictionary<string, ParameterChange> Changes(RuleBook book, IEnumerable<Value> values)
    {
        var kinds = RuleParameters.Of(book).ToDictionary(p => p.Key, p => p.Kind);
        return values.ToDictionary(v => v.Key, v =>
        {
            var number = (decimal)v.Number!.Value;
            var value = kinds.GetValueOrDefault(v.Key) == ParameterKind.Share ? decimal.Round(number / 100, 6) : decimal.Round(number, 6);
            return new ParameterChange(value, v.Unconfirmed);
        });
    }

    private static async Task<RuleSet> ReviseAsync(PortalDbContext db, RuleSet set, RuleBook book, CancellationToken ct)
    {
        var statuses = await db.ReviewRounds.Where(r => r.RuleSetId == set.Id).Select(r => r.Status).Distinct().ToListAsync(ct);
        set.Revise(book, statuses.Any(s => s.FreezesRules()));
        return set;
    }

    private static async Task<RuleSet> AddVersionAsync(PortalDbContext db, Request request, RuleBook book, CancellationToken ct)
    {
        var created = new RuleSet(request.Code, request.Name, request.EffectiveFrom!.Value, book);
        if (await db.RuleSets.AnyAsync(s => s.Code == created.Code, ct))
        {
            throw new DomainRuleException("ruleSet.code.taken", "Another rule set has this code.");
        }

        db.RuleSets.Add(created);
        return created;
    }
}

/// <summary>The rule set columns' lengths (RuleSetConfiguration), for validators and forms.</summary>
public static class RuleSetLimits
{
    public const int CodeMaxLength = 50;
    public const int NameMaxLength = 300;
}
