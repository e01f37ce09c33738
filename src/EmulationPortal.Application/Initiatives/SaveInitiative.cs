using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Initiatives;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// Writes or revises a draft initiative and, when asked, files it: it gets the year's next code (SK-2021-015) and the
/// council of the nearest unit, its own or above, that has one. Staff write only initiatives they are an author of.
/// </summary>
public sealed class SaveInitiative(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<InitiativeForm> validator) : IUseCase
{
    /// <summary>Two filings of a year may race for a number; the loser takes the next one.</summary>
    private const int Attempts = 3;

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, InitiativeForm form, CancellationToken ct = default)
    {
        if (!InitiativeAccess.MayWrite(user))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Outcome<int>.From(Outcome.Invalid(validation));
        }

        if (!InitiativeAccess.MayJudge(user) && form.Authors.All(a => a.UserId != user.UserId))
        {
            return Outcome<int>.From(new Outcome(OutcomeStatus.Invalid,
                [new FieldError(nameof(InitiativeForm.Authors), "initiative.authors.self", "You are one of the authors.")]));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        return await db.GuardAsync(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await SaveAsync(db, user, form, ct);
                }
                catch (DbUpdateException failure) when (attempt < Attempts && form.File && SaveFailures.IsDuplicateKey(failure))
                {
                    // What the failed attempt added is dropped; the next one reads the initiative and the codes afresh.
                    db.ChangeTracker.Clear();
                }
            }
        });
    }

    private async Task<Outcome<int>> SaveAsync(PortalDbContext db, ICurrentUser user, InitiativeForm form, CancellationToken ct)
    {
        var authorIds = form.Authors.Select(a => a.UserId).ToList();
        var people = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.OrgUnitId, ct);
        if (people.Count != authorIds.Count)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        var content = InitiativeContent.Of(form.Title, form.Problem, form.Solution, form.AppliedAt, DateOnly.FromDateTime(form.AppliedSince!.Value), form.SavingVnd, form.SavingHours);
        var authors = form.Authors.Select(a => (a.UserId, a.Share!.Value)).ToList();
        Initiative initiative;
        if (form.Id is { } id)
        {
            var found = await db.Initiatives.Include(i => i.Authors).SingleOrDefaultAsync(i => i.Id == id, ct);
            if (found is null)
            {
                return Outcome<int>.From(Outcome.NotFound());
            }

            if (!InitiativeAccess.MayEdit(user, found))
            {
                return Outcome<int>.From(found.State == InitiativeState.Draft ? Outcome.Forbidden() : Outcome.Broken(new DomainRuleException("initiative.state", "Filed.")));
            }

            db.ExpectVersion(found, form.Version);
            found.Revise(content, authors);
            initiative = found;
        }
        else
        {
            initiative = new Initiative(content, people[authorIds[0]], authors, user.UserId, clock.GetUtcNow().UtcDateTime);
            db.Initiatives.Add(initiative);
        }

        if (form.File && await FileAsync(db, initiative, ct) is { } refused)
        {
            return Outcome<int>.From(refused);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(initiative.Id);
    }

    private async Task<Outcome?> FileAsync(PortalDbContext db, Initiative initiative, CancellationToken ct)
    {
        if (await InitiativeCouncils.JudgingUnitAsync(db, initiative.OrgUnitId, ct) is not { } council)
        {
            return Outcome.Broken(new DomainRuleException("initiative.council.none", "No initiative council covers this unit."));
        }

        var today = clock.Today();
        initiative.File(await InitiativeCodes.NextAsync(db, today.Year, ct), council, today);
        return null;
    }
}
