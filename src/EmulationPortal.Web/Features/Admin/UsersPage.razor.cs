using EmulationPortal.Application.Common;
using EmulationPortal.Application.Units;
using EmulationPortal.Application.Users;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Admin;

/// <summary>Accounts paged on the server, searched without diacritics, with a panel to create, reassign or reset one.</summary>
public sealed partial class UsersPage
{
    private enum Panel
    {
        None,
        Create,
        Assign,
        Reset,
    }

    private readonly ServerErrors _errors = new();
    private IReadOnlyList<UnitTreeQuery.UnitNode> _units = [];
    private MudTable<UserListQuery.UserRow>? _table;
    private MudForm? _form;
    private Panel _panel;
    private UserListQuery.UserRow? _selected;
    private CreateUserRequest _create = new();
    private ChangeUserAssignmentRequest _assign = new();
    private ResetUserPasswordRequest _reset = new();
    private string? _search;
    private int? _unitFilter;
    private string? _roleFilter;
    private bool _saving;

    [Inject] private UserListQuery List { get; set; } = default!;
    [Inject] private UnitTreeQuery Tree { get; set; } = default!;
    [Inject] private CreateUser CreateUser { get; set; } = default!;
    [Inject] private ChangeUserAssignment ChangeAssignment { get; set; } = default!;
    [Inject] private SetUserLock SetUserLock { get; set; } = default!;
    [Inject] private ResetUserPassword ResetPassword { get; set; } = default!;
    [Inject] private IValidator<CreateUserRequest> CreateValidator { get; set; } = default!;
    [Inject] private IValidator<ChangeUserAssignmentRequest> AssignValidator { get; set; } = default!;
    [Inject] private IValidator<ResetUserPasswordRequest> ResetValidator { get; set; } = default!;
    [Inject] private FormValidation Validation { get; set; } = default!;
    [Inject] private UserMessages Messages { get; set; } = default!;
    [Inject] private CurrentUserAccessor CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _units = await Tree.ListAsync();

    private async Task<TableData<UserListQuery.UserRow>> LoadAsync(TableState state, CancellationToken ct)
    {
        var page = await List.ListAsync(await CurrentUser.GetAsync(), new UserListRequest(_search, _unitFilter, _roleFilter, state.Page, state.PageSize), ct);
        return new TableData<UserListQuery.UserRow> { Items = page?.Items ?? [], TotalItems = page?.Total ?? 0 };
    }

    private Task SearchAsync(string? search)
    {
        _search = search;
        return _table!.ReloadServerData();
    }

    private Task FilterUnitAsync(int? unitId)
    {
        _unitFilter = unitId;
        return _table!.ReloadServerData();
    }

    private Task FilterRoleAsync(string? role)
    {
        _roleFilter = role;
        return _table!.ReloadServerData();
    }

    private void Open(Panel panel, UserListQuery.UserRow? selected)
    {
        _errors.Clear();
        _panel = panel;
        _selected = selected;
    }

    private void StartCreate()
    {
        _create = new CreateUserRequest();
        Open(Panel.Create, null);
    }

    private void StartAssign(UserListQuery.UserRow row)
    {
        _assign = new ChangeUserAssignmentRequest { UserId = row.Id, ConcurrencyStamp = row.ConcurrencyStamp, UnitId = row.UnitId, Role = row.Role ?? Application.Identity.Roles.Staff };
        Open(Panel.Assign, row);
    }

    private void StartReset(UserListQuery.UserRow row)
    {
        _reset = new ResetUserPasswordRequest { UserId = row.Id };
        Open(Panel.Reset, row);
    }

    private void ClosePanel() => Open(Panel.None, null);

    private async Task SaveAsync()
    {
        _errors.Clear();
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        var outcome = await CurrentUser.ActAsync(async user => _panel switch
        {
            Panel.Create => await CreateUser.ExecuteAsync(user, _create),
            Panel.Assign => await ChangeAssignment.ExecuteAsync(user, _assign),
            _ => await ResetPassword.ExecuteAsync(user, _reset),
        });
        _saving = false;
        await AfterSaveAsync(outcome, ClosePanel);
    }

    private async Task ToggleLockAsync(UserListQuery.UserRow row)
    {
        _errors.Clear();
        var outcome = await CurrentUser.ActAsync(user => SetUserLock.ExecuteAsync(user, new SetUserLockRequest(row.Id, row.ConcurrencyStamp, !row.IsLocked)));
        await AfterSaveAsync(outcome, () => { });
    }

    private async Task AfterSaveAsync(Outcome outcome, Action reset)
    {
        if (!outcome.Succeeded)
        {
            _errors.Show(outcome, Messages);
            if (_panel == Panel.None)
            {
                Snackbar.Add(_errors.Message ?? string.Empty, MudBlazor.Severity.Error);
            }

            return;
        }

        Snackbar.Add(L["Admin.Saved"], MudBlazor.Severity.Success);
        reset();
        await _table!.ReloadServerData();
    }
}
