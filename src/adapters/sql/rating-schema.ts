// Table types of review fraud scores and trusted ratings.

export type ReviewScoresTable = {
  tenant: string;
  review_id: string;
  merchant_id: string;
  item_id: string;
  score: number;
  treatment: string;
  run_id: string;
  body: string;
};

export type TrustedRatingsTable = {
  tenant: string;
  subject_type: string;
  subject_id: string;
  reviews: number;
  raw_mean: number | null;
  trusted_mean: number | null;
  left_out: number;
  run_id: string;
  body: string;
};

export type RatingTables = {
  review_scores: ReviewScoresTable;
  trusted_ratings: TrustedRatingsTable;
};
