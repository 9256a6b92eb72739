// Tonight's room: its own lazy chunk, its own routes under /admin/room.
import { Navigate, Route, Routes } from 'react-router';
import { RoomPage } from './room-page';

export default function RoomArea() {
  return (
    <Routes>
      <Route index element={<RoomPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
