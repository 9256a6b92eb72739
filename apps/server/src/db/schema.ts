// The database as Kysely sees it (ADR 0003). Column names are snake_case in SQL and camelCase
// here, mapped by Kysely's CamelCasePlugin.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface VenueSettingsTable {
  id: Generated<boolean>;
  name: string;
  taglineFr: string;
  taglineEn: string;
  timezone: Generated<string>;
  currency: Generated<string>;
  email: string | null;
  phone: string | null;
  address: string | null;
  updatedAt: Timestamp;
}

export interface Database {
  venueSettings: VenueSettingsTable;
}
