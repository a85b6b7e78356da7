// Why a finding fired: each reason's stable code, its explanation in the current language, the value and the threshold.
import type { Finding } from '../api/client.ts';
import { formatValue } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';

export function ReasonsTable({ reasons }: { reasons: Finding['reasons'] }) {
  const { t, language } = useLanguage();
  return (
    <table className="reasons">
      <caption className="visually-hidden">{t('reasons')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colCode')}</th>
          <th scope="col">{t('colMessage')}</th>
          <th scope="col" className="num">
            {t('colValue')}
          </th>
          <th scope="col" className="num">
            {t('colThreshold')}
          </th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((reason, i) => (
          <tr key={`${reason.code}-${i}`}>
            <td>
              <code>{reason.code}</code>
            </td>
            <td>{language === 'zh' ? reason.messageZh : reason.message}</td>
            <td className="num">{formatValue(reason.value)}</td>
            <td className="num">{formatValue(reason.threshold)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
