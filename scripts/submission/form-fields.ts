/**
 * The issue form's field table lives in `src/lib/contribute/submission-form-fields.ts`, beside the web form
 * that prefills the issue from it; the submission tool reads it through its adapter.
 */
export {
	FIELD_BY_ID,
	FIELD_BY_LABEL,
	FORM_FIELDS,
	NOT_IN_FORM,
	NO_RESPONSE,
	PHOTO_SLOTS,
	fieldOptions,
	labelForPath,
	optionLabel,
	type FieldKind,
	type FormField,
	type NamedEntry,
	type OptionSource,
	type PhotoSlot,
} from './catalog-adapter.ts';
