using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Units;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Council;

/// <summary>Admins and the political department seat a unit's council: who, which role, for which term.</summary>
public sealed partial class CouncilMembersPage
{
    private IReadOnlyList<UnitTreeQuery.UnitNode> _units = [];
    private CouncilRoster? _roster;
    private SeatCouncilMember.Request _form = new();
    private DateTime? _termFrom;
    private DateTime? _termTo;
    private IReadOnlyList<FieldError> _errors = [];
    private bool _loading = true;
    private bool _busy;
    private string? _message;
    private Severity _severity;

    [Parameter]
    public int? UnitId { get; set; }

    [Inject]
    private UnitTreeQuery UnitTree { get; set; } = default!;

    [Inject]
    private CouncilRosterQuery Roster { get; set; } = default!;

    [Inject]
    private SeatCouncilMember Seat { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _units = await UnitTree.ListAsync();
        UnitId ??= _units.FirstOrDefault(u => u.ParentId is null)?.Id;
        NewForm();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _roster = UnitId is { } id ? await Roster.ExecuteAsync(await CurrentUser.GetAsync(), id) : null;
        _loading = false;
    }

    private void NewForm()
    {
        _form = new SeatCouncilMember.Request { UnitId = UnitId ?? 0 };
        (_termFrom, _termTo, _errors) = (null, null, []);
    }

    private void Edit(CouncilRoster.Seat seat)
    {
        _form = new SeatCouncilMember.Request { MemberId = seat.Id, UnitId = UnitId ?? 0, UserId = seat.UserId, Role = seat.Role, Version = seat.Version };
        (_termFrom, _termTo, _errors) = (seat.TermFrom.ToDateTime(TimeOnly.MinValue), seat.TermTo.ToDateTime(TimeOnly.MinValue), []);
    }

    private string? ErrorOf(string field) => _errors.FirstOrDefault(e => e.Field == field) is { } error ? Messages.For(error) : null;

    private async Task SaveAsync()
    {
        _form.TermFrom = _termFrom is { } from ? DateOnly.FromDateTime(from) : null;
        _form.TermTo = _termTo is { } to ? DateOnly.FromDateTime(to) : null;
        await RunAsync(async user => await Seat.ExecuteAsync(user, _form), L["Council.Members.Saved"]);
    }

    private Task UnseatAsync(CouncilRoster.Seat seat) => RunAsync(user => Seat.UnseatAsync(user, seat.Id), L["Council.Members.Removed", seat.FullName]);

    private async Task RunAsync(Func<Application.Access.ICurrentUser, Task<Outcome>> step, string done)
    {
        _busy = true;
        try
        {
            var outcome = await CurrentUser.ActAsync(step);
            _errors = outcome.Errors;
            (_message, _severity) = outcome.Succeeded ? (done, Severity.Success) : (Messages.For(outcome), Severity.Error);
            if (outcome.Succeeded)
            {
                NewForm();
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
