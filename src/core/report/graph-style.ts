// Colours and labels the report's graphs share: one colour per entity type, ids shortened to fit a node.
export const palette: Record<string, string> = {
  account: '#e67e22', merchant: '#c0392b', item: '#2980b9', order: '#7f8c8d', review: '#8e44ad', device: '#16a085', ip: '#27ae60', operator: '#2c3e50',
};

export function shortLabel(id: string): string {
  return id.length > 14 ? `${id.slice(0, 13)}…` : id;
}
