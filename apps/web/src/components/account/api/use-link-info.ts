import { useCallback, useEffect, useState } from 'react';
import { errorCode } from '../../../lib/api/error-message';
import { linkInfo, type LinkInfo } from './auth-api';
import { once } from '../../../lib/once';

export type LinkInfoState =
  | { status: 'loading' }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown; retry: () => void }
  | { status: 'ready'; info: LinkInfo };

/** What an emailed link is for (and for whom), before asking anything of its reader. */
export function useLinkInfo(token: string | null, kind: LinkInfo['kind']): LinkInfoState {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<LinkInfoState>(
    token ? { status: 'loading' } : { status: 'invalid' },
  );
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setRound((value) => value + 1);
  }, []);
  useEffect(() => {
    if (!token) return;
    let live = true;
    once(`link-info:${token}:${round}`, () => linkInfo(token)).then(
      (info) =>
        live && setState(info.kind === kind ? { status: 'ready', info } : { status: 'invalid' }),
      (error: unknown) => {
        if (!live) return;
        setState(
          errorCode(error) === 'INVALID_LINK'
            ? { status: 'invalid' }
            : { status: 'failed', error, retry },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [token, kind, round, retry]);
  return state;
}
