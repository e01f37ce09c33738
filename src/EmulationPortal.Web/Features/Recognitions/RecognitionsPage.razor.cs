using EmulationPortal.Application.Common;
using EmulationPortal.Application.Recognitions;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Recognitions;

/// <summary>Record and browse recognitions of a drive; the suggested candidates only pre-fill the form.</summary>
public sealed partial class RecognitionsPage
{
    private IReadOnlyList<RecognitionChoicesQuery.Drive>? _drives;
    private RecognitionCandidatesQuery.Candidates? _candidates;
    private IReadOnlyList<RecognitionsQuery.Entry> _entries = [];
    private RecordRecognition.Request _model = new();
    private IReadOnlyList<FieldError> _errors = [];
    private int _campaignId;
    private int? _filterUnit;
    private Domain.Recognition.RecognitionKind? _filterKind;
    private RecognitionPeopleQuery.Person? _person;
    private string? _message;
    private bool _saved;
    private bool _saving;

    [Inject] private RecognitionChoicesQuery Choices { get; set; } = default!;
    [Inject] private RecognitionCandidatesQuery CandidatesQuery { get; set; } = default!;
    [Inject] private RecognitionPeopleQuery People { get; set; } = default!;
    [Inject] private RecognitionsQuery List { get; set; } = default!;
    [Inject] private RecordRecognition Record { get; set; } = default!;
    [Inject] private IValidator<RecordRecognition.Request> Validator { get; set; } = default!;
    [Inject] private FormValidation Validation { get; set; } = default!;
    [Inject] private UserMessages Messages { get; set; } = default!;
    [Inject] private CurrentUserAccessor CurrentUser { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private IReadOnlyList<RecognitionChoicesQuery.Choice> Units => _drives?.FirstOrDefault(d => d.Id == _campaignId)?.Units ?? [];

    /// <summary><c>/recognitions?campaign=1</c> opens that drive (a link from its dashboard); otherwise the first open one.</summary>
    [SupplyParameterFromQuery(Name = "campaign")]
    public int? Campaign { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _drives = (await Choices.ForAsync(await CurrentUser.GetAsync())).Value ?? [];
        if (_drives.Count > 0)
        {
            await SelectDriveAsync(_drives.Any(d => d.Id == Campaign) ? Campaign!.Value : _drives[0].Id);
        }
    }

    private async Task SelectDriveAsync(int campaignId)
    {
        _campaignId = campaignId;
        _filterUnit = null;
        ResetForm();
        _candidates = (await CandidatesQuery.ForAsync(await CurrentUser.GetAsync(), campaignId)).Value;
        await LoadListAsync();
    }

    private async Task LoadListAsync() =>
        _entries = (await List.ForAsync(await CurrentUser.GetAsync(), new RecognitionsQuery.Filter(_campaignId, _filterUnit, _filterKind))).Value ?? [];

    private async Task FilterUnitAsync(int? unitId)
    {
        _filterUnit = unitId;
        await LoadListAsync();
    }

    private async Task FilterKindAsync(Domain.Recognition.RecognitionKind? kind)
    {
        _filterKind = kind;
        await LoadListAsync();
    }

    private void Prefill(RecognitionCandidatesQuery.PersonCandidate person)
    {
        _model.UserId = person.UserId;
        _model.OrgUnitId = person.OrgUnitId;
        _person = new RecognitionPeopleQuery.Person(person.UserId, person.FullName, person.OrgUnitId, Units.FirstOrDefault(u => u.Id == person.OrgUnitId)?.Name ?? string.Empty);
        _message = null;
    }

    private void Prefill(RecognitionCandidatesQuery.UnitCandidate unit)
    {
        ClearPerson();
        _model.OrgUnitId = unit.OrgUnitId;
        _message = null;
    }

    /// <summary>A person chosen in the picker is recognised in their own unit, so the unit follows them.</summary>
    private void ChoosePerson(RecognitionPeopleQuery.Person? person)
    {
        if (person is null)
        {
            ClearPerson();
            return;
        }

        _person = person;
        _model.UserId = person.UserId;
        _model.OrgUnitId = person.OrgUnitId;
        _message = null;
    }

    private async Task<IEnumerable<RecognitionPeopleQuery.Person>> SearchPeopleAsync(string? text, CancellationToken ct) =>
        (await People.SearchAsync(await CurrentUser.GetAsync(), _campaignId, text, ct)).Value ?? [];

    /// <summary>An empty unit (0, nothing chosen yet) shows as an empty box, not as "0".</summary>
    private string UnitName(int id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? string.Empty;

    private void ClearPerson()
    {
        _model.UserId = null;
        _person = null;
    }

    private void ResetForm()
    {
        _model = new RecordRecognition.Request { CampaignId = _campaignId, RecognisedOn = Clock.Today().ToDateTime(TimeOnly.MinValue) };
        _person = null;
        _errors = [];
    }

    private bool HasError(string field) => _errors.Any(e => e.Field == field);

    private string? ErrorOf(string field) => _errors.FirstOrDefault(e => e.Field == field) is { } error ? Messages.For(error) : null;

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            _model.CampaignId = _campaignId;
            var outcome = await CurrentUser.ActAsync(user => Record.ExecuteAsync(user, _model));
            _errors = outcome.Errors;
            _saved = outcome.Succeeded;
            _message = outcome.Succeeded ? L["Recognition.Saved"] : Messages.For(outcome);
            if (outcome.Succeeded)
            {
                ResetForm();
                await LoadListAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
